"""Sessions, CSRF protection, security headers and sign-in (development and OpenID Connect)."""
