from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts import services
from accounts.forms import AppearanceForm, DeleteAccountForm, ProfileSettingsForm
from accounts.permissions import roles_of
from accounts.selectors import profile_user

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
    next_url = request.POST.get("next") or "/"
    if not next_url.startswith("/") or next_url.startswith("//"):
        next_url = "/"
    if not form.is_valid():
        messages.error(request, "Please choose a theme and a text size from the lists.")
        return redirect(next_url)
    response = redirect(next_url)
    theme, size = form.cleaned_data["theme"], form.cleaned_data["text_size"]
    if request.user.is_authenticated:
        request.user.theme, request.user.text_size = theme, size
        request.user.save(update_fields=["theme", "text_size"])
    response.set_cookie("haven_theme", theme, max_age=APPEARANCE_COOKIE_AGE, samesite="Lax")
    response.set_cookie("haven_text", size, max_age=APPEARANCE_COOKIE_AGE, samesite="Lax")
    messages.success(request, "Display settings saved.")
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, "Your account has been deleted. Take care of yourself.")
        return redirect(reverse("home"))
    return render(request, "accounts/delete.html", {"form": form})


def guidelines(request):
    return render(request, "accounts/guidelines.html")
