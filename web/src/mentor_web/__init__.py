"""mentor-web: the web application of MCU – Your Mentor (server-rendered pages calling the services' HTTP APIs)."""
