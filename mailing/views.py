"""E-mail settings, one-click unsubscribe and address confirmation (no sign-in), bounce webhook."""

import hmac
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from mailing import selectors, services, tasks
from mailing.forms import EmailSettingsForm
from mailing.kinds import BY_KEY, lower_label
from mailing.permissions import can_receive_crisis_alerts, check_change_email_settings
from mailing.services.bounces import EVENTS
from mailing.tokens import read_confirm_token, read_unsubscribe_token


@login_required
@require_http_methods(["GET", "POST"])
def email_settings(request: HttpRequest) -> HttpResponse:
    check_change_email_settings(request.user)
    pref = selectors.preference_for(request.user)
    form = EmailSettingsForm(request.POST or None, pref=pref, show_crisis=can_receive_crisis_alerts(request.user))
    if request.method == "POST" and form.is_valid():
        services.save_preferences(request.user, modes=form.modes(), **form.schedule())
        messages.success(request, "Your e-mail settings are saved.")
        return redirect("mailing:settings")
    context = {
        "form": form, "address": selectors.address_state(request.user, pref),
        "grace_minutes": settings.HAVEN_EMAIL_GRACE_MINUTES,
    }
    return render(request, "mailing/settings.html", context)


@login_required
@require_POST
def request_confirmation(request: HttpRequest) -> HttpResponse:
    check_change_email_settings(request.user)
    tasks.send_address_confirmation_task(request.user.pk)
    messages.success(request, "We sent a confirmation link to your address. Open it to get e-mail from us again.")
    return redirect("mailing:settings")


@require_http_methods(["GET"])
def confirm_address(request: HttpRequest, token: str) -> HttpResponse:
    found = read_confirm_token(token)
    user = selectors.active_member(found[0]) if found else None
    confirmed = bool(user and services.clear_undeliverable(user, address=found[1]))
    return render(request, "mailing/confirmed.html", {"confirmed": confirmed}, status=200 if confirmed else 400)


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without cookies; the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    found = read_unsubscribe_token(token)
    user = selectors.active_member(found[0]) if found else None
    if user is None or (found[1] != "digest" and found[1] not in BY_KEY):
        return render(request, "mailing/unsubscribe.html", {"invalid": True}, status=400)
    label = lower_label(found[1])
    if request.method == "POST":
        services.unsubscribe(user, kind=found[1])
    context = {"label": label, "done": request.method == "POST", "token": token}
    return render(request, "mailing/unsubscribe.html", context)


@csrf_exempt  # called by the operator's mail provider with a shared secret, not by a browser
@require_POST
def bounce_webhook(request: HttpRequest) -> JsonResponse:
    secret = settings.HAVEN_EMAIL_WEBHOOK_TOKEN
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not secret:
        raise Http404("The bounce webhook is not configured.")
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return JsonResponse({"error": "bad token"}, status=403)
    try:
        rows = json.loads(request.body)
        rows = rows if isinstance(rows, list) else [rows]
        events = [(str(r["email"]), r.get("event", "hard"), str(r.get("detail", ""))) for r in rows]
    except (ValueError, KeyError, TypeError, AttributeError):
        hint = 'send {"email": ..., "event": "hard|soft|complaint"} or a list of them'
        return JsonResponse({"error": hint}, status=400)
    if any(event not in EVENTS for _, event, _ in events):
        return JsonResponse({"error": f"event must be one of {', '.join(EVENTS)}"}, status=400)
    marked = sum(services.record_bounce(address=a, event=e, detail=d) for a, e, d in events)
    return JsonResponse({"marked": marked})
