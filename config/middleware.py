from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Sends the strict Content-Security-Policy: no inline scripts, no third parties."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response
