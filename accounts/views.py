from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts import export as export_data
from accounts import services
from accounts.erasure import personal_data_labels
from accounts.forms import AppearanceForm, DeleteAccountForm, ProfileSettingsForm
from accounts.permissions import roles_of
from accounts.redirects import safe_next_url
from accounts.selectors import profile_user
from accounts.tasks import prepare_export_task

APPEARANCE_COOKIE_AGE = 60 * 60 * 24 * 365


def profile(request, username):
    member = profile_user(username=username)
    return render(
        request,
        "accounts/profile.html",
        {"member": member, "member_roles": roles_of(member), "is_self": request.user == member},
    )


@login_required
def settings_view(request):
    form = ProfileSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = services.update_profile(request.user, form=form)
        if getattr(user.policy_decision, "crisis", False):
            request.session["haven_crisis"] = True
        messages.success(request, "Your settings are saved.")
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})


@require_POST
def appearance(request):
    """Theme and text size; for members saved on the account, for visitors in a cookie."""
    form = AppearanceForm(request.POST)
    next_url = safe_next_url(request, request.POST.get("next"), "/")
    if not form.is_valid():
        messages.error(request, "Please choose a theme and a text size from the lists.")
        return redirect(next_url)
    response = redirect(next_url)
    theme, size = form.cleaned_data["theme"], form.cleaned_data["text_size"]
    if request.user.is_authenticated:
        request.user.theme, request.user.text_size = theme, size
        request.user.save(update_fields=["theme", "text_size"])
    # Secure in production like the session cookie (they are read by the server only).
    cookie = {"max_age": APPEARANCE_COOKIE_AGE, "samesite": "Lax", "secure": settings.SESSION_COOKIE_SECURE,
              "httponly": True}
    response.set_cookie("haven_theme", theme, **cookie)
    response.set_cookie("haven_text", size, **cookie)
    messages.success(request, "Display settings saved.")
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user, erase_text=form.cleaned_data["what_happens"] == DeleteAccountForm.ERASE)
        messages.success(request, "Your account has been deleted. Take care of yourself.")
        return redirect(reverse("home"))
    return render(request, "accounts/delete.html", {"form": form, "always_deleted": personal_data_labels()})


def guidelines(request):
    return render(request, "accounts/guidelines.html")


@login_required
def export(request):
    """Download everything you wrote and set: at once when small, else prepared in the background."""
    if request.method == "POST":
        if export_data.row_count(request.user) <= settings.HAVEN_EXPORT_INLINE_MAX:
            response = HttpResponse(export_data.build_zip(request.user), content_type="application/zip")
            response["Content-Disposition"] = 'attachment; filename="haven-export.zip"'
            return response
        prepare_export_task(request.user.pk)
        messages.success(request, "We are preparing your download. It will be listed on this page shortly.")
        return redirect("accounts:export")
    links = [
        {"name": name, "token": export_data.signed_link_token(request.user.pk, name)}
        for name in export_data.ready_exports(request.user)
    ]
    hours = settings.HAVEN_EXPORT_LINK_SECONDS // 3600
    return render(request, "accounts/export.html", {"links": links, "link_hours": hours,
                                                    "sections": export_data.sections()})


@login_required
@require_GET
def export_download(request, token: str):
    path = export_data.file_for_token(token, user_id=request.user.pk)
    if path is None:
        raise Http404("This download link has expired or is not yours. You can prepare a new one.")
    return FileResponse(default_storage.open(path, "rb"), as_attachment=True, filename="haven-export.zip")
