"""Pages for the guidance library, resources, the clinicians' review queue and verification."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.permissions import role_required
from forum import selectors as forum_selectors
from resources import permissions, selectors, services
from resources.citations import citations_as_text
from resources.forms import (
    ClinicianApplicationForm,
    DecisionForm,
    LibraryFilterForm,
    ResourceForm,
    RetireForm,
    ReturnForm,
    ReviewPeriodForm,
    SignOffForm,
)

PAGE_SIZE = 20


# --- Library and reading ------------------------------------------------------------------------


def library(request):
    boards = forum_selectors.visible_boards(request.user)
    form = LibraryFilterForm(request.GET or None, boards=boards)
    query, board = "", None
    if form.is_valid():
        query, board = form.cleaned_data["q"], form.cleaned_data["board"]
    resources = selectors.library_resources(viewer=request.user, query=query, board=board)
    page = Paginator(resources, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "resources/library.html",
        {
            "form": form,
            "page": page,
            "query": query,
            "board": board,
            "page_params": params.urlencode(),
            "can_author": permissions.can_author_resources(request.user),
            "can_apply": permissions.can_apply_as_clinician(request.user),
        },
    )


def _render_detail(request, resource, *, status: int = 200, **forms):
    version = resource.current_version
    working = None
    if permissions.can_view_working_version(request.user, resource):
        working = selectors.working_version_for_display(resource)
    if version is None:
        version = working
    context = {
        "resource": resource,
        "version": version,
        "working": working if working is not None and working != version else None,
        "is_overdue": resource.review_overdue(),
        "can_edit": permissions.can_edit_version(request.user, working, resource),
        "can_rereview": permissions.can_rereview_resource(request.user, resource),
        "can_retire": permissions.can_retire_resource(request.user, resource),
        "review_form": ReviewPeriodForm(prefix="review"),
        "retire_form": RetireForm(prefix="retire"),
        **forms,
    }
    return render(request, "resources/detail.html", context, status=status)


def detail(request, slug):
    return _render_detail(request, selectors.resource_for_viewer(slug, viewer=request.user))


def history(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    versions = selectors.published_versions(resource)
    for newer, older in zip(versions, versions[1:], strict=False):
        newer.previous_number = older.number
    return render(request, "resources/history.html", {"resource": resource, "versions": versions})


def diff(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    include_working = permissions.can_view_working_version(request.user, resource)
    try:
        old_number, new_number = int(request.GET.get("from", "")), int(request.GET.get("to", ""))
    except ValueError:
        raise Http404("Choose two versions to compare.")
    old = selectors.version_by_number(resource, old_number, include_working=include_working)
    new = selectors.version_by_number(resource, new_number, include_working=include_working)
    return render(
        request,
        "resources/diff.html",
        {"resource": resource, "old": old, "new": new, "sections": selectors.diff_versions(old, new)},
    )


# --- Writing and reviewing (clinicians) -------------------------------------------------------------


def _form_data(form: ResourceForm) -> dict:
    data = form.cleaned_data
    return {
        "title": data["title"],
        "summary": data["summary"],
        "audience_note": data["audience_note"],
        "body": data["body"],
        "citations": data["citations"],
        "change_note": data["change_note"],
        "boards": data["boards"],
        "discussion_board": data["discussion_board"],
    }


@role_required("clinician")
def new(request):
    permissions.check_author_resources(request.user)
    form = ResourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        resource = services.create_resource(request.user, **_form_data(form))
        messages.success(request, "Draft saved. Send it for review when it is ready.")
        return redirect("resources:draft", resource.slug)
    return render(request, "resources/edit.html", {"form": form, "resource": None})


@role_required("clinician")
def edit(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    working = selectors.working_version_for_display(resource)
    permissions.check_edit_version(request.user, working, resource)
    source = working or resource.current_version
    initial = {}
    if source is not None:
        initial = {
            "title": source.title,
            "summary": source.summary,
            "audience_note": source.audience_note,
            "body": source.body_source,
            "citations": citations_as_text(source.citations.all()),
            "change_note": working.change_note if working else "",
            "boards": list(resource.boards.all()),
            "discussion_board": resource.discussion_board,
        }
    form = ResourceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_draft(resource, editor=request.user, **_form_data(form))
        messages.success(request, "Draft saved. Send it for review when it is ready.")
        return redirect("resources:draft", resource.slug)
    return render(request, "resources/edit.html", {"form": form, "resource": resource, "working": working})


def _render_draft(request, resource, working, *, status: int = 200, **forms):
    sections = None
    if resource.current_version is not None:
        sections = selectors.diff_versions(resource.current_version, working)
    context = {
        "resource": resource,
        "version": working,
        "sections": sections,
        "can_edit": permissions.can_edit_version(request.user, working, resource),
        "can_submit": permissions.can_submit_version(request.user, working),
        "can_sign_off": permissions.can_sign_off_version(request.user, working),
        "review_form": SignOffForm(prefix="review"),
        "return_form": ReturnForm(prefix="return"),
        **forms,
    }
    return render(request, "resources/draft.html", context, status=status)


def draft(request, slug):
    """The working version, with the actions on it and a diff against the published version."""
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    if not permissions.can_view_working_version(request.user, resource):
        raise Http404("No such draft.")
    working = selectors.working_version_for_display(resource)
    if working is None:
        return redirect(resource)
    return _render_draft(request, resource, working)


@require_POST
@role_required("clinician")
def submit(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    permissions.check_submit_version(request.user, services.working_version(resource))
    services.submit_resource(resource, by=request.user)
    messages.success(request, "Sent for review. A second clinician will read it and sign it off.")
    return redirect("resources:draft", resource.slug)


@require_POST
@role_required("clinician")
def sign_off(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    permissions.check_sign_off_version(request.user, services.working_version(resource))
    form = SignOffForm(request.POST, prefix="review")
    if not form.is_valid():
        return _render_draft(request, resource, selectors.working_version_for_display(resource), status=400,
                             review_form=form)
    services.sign_off_resource(resource, by=request.user, review_months=form.cleaned_data["review_months"])
    messages.success(request, "Signed off and published.")
    return redirect(resource)


@require_POST
@role_required("clinician")
def return_for_changes(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    permissions.check_sign_off_version(request.user, services.working_version(resource))
    form = ReturnForm(request.POST, prefix="return")
    if not form.is_valid():
        return _render_draft(request, resource, selectors.working_version_for_display(resource), status=400,
                             return_form=form)
    services.return_resource(resource, by=request.user, note=form.cleaned_data["note"])
    messages.success(request, "Sent back to the writer with your note.")
    return redirect("resources:review_queue")


@require_POST
@role_required("clinician")
def rereview(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    permissions.check_rereview_resource(request.user, resource)
    form = ReviewPeriodForm(request.POST, prefix="review")
    if not form.is_valid():
        return _render_detail(request, resource, status=400, review_form=form)
    services.rereview_resource(
        resource, by=request.user, review_months=form.cleaned_data["review_months"], note=form.cleaned_data["note"]
    )
    messages.success(request, "Re-reviewed. The next review date is updated.")
    return redirect(resource)


@require_POST
@role_required("clinician", "admin")
def retire(request, slug):
    resource = selectors.resource_for_viewer(slug, viewer=request.user)
    permissions.check_retire_resource(request.user, resource)
    form = RetireForm(request.POST, prefix="retire")
    if not form.is_valid():
        return _render_detail(request, resource, status=400, retire_form=form)
    services.retire_resource(resource, by=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, "Retired. It is no longer pinned or listed.")
    return redirect(resource)


@role_required("clinician")
def review_queue(request):
    permissions.check_author_resources(request.user)
    return render(request, "resources/review_queue.html", selectors.review_queue(viewer=request.user))


# --- Clinician verification -----------------------------------------------------------------------------


@login_required
def apply(request):
    """Apply to be verified as a clinician; also shows the member's applications and their status."""
    can_apply = permissions.can_apply_as_clinician(request.user)
    form = ClinicianApplicationForm(request.POST or None)
    if request.method == "POST":
        permissions.check_apply_as_clinician(request.user)
        if form.is_valid():
            services.apply_as_clinician(request.user, **form.cleaned_data)
            messages.success(request, "Thank you. An admin will check your registration and let you know.")
            return redirect("resources:apply")
    return render(
        request,
        "resources/apply.html",
        {
            "form": form,
            "can_apply": can_apply,
            "applications": selectors.applications_of(request.user),
            "is_verified": permissions.is_verified_clinician(request.user),
        },
    )


@role_required("admin")
def applications(request):
    return render(
        request,
        "resources/applications.html",
        {"pending": selectors.pending_applications(), "verified": selectors.current_verifications()},
    )


@role_required("admin")
def application(request, pk):
    app = selectors.application_or_404(pk)
    return render(
        request,
        "resources/application.html",
        {
            "app": app,
            "decline_form": DecisionForm(prefix="decline"),
            "revoke_form": DecisionForm(prefix="revoke"),
            "can_decide": permissions.can_decide_application(request.user, app),
            "can_revoke": permissions.can_revoke_verification(request.user, app),
            "history": selectors.applications_of(app.applicant),
        },
    )


@require_POST
@role_required("admin")
def verify(request, pk):
    app = selectors.application_or_404(pk)
    permissions.check_decide_application(request.user, app)
    services.verify_clinician(app, by=request.user)
    messages.success(request, f"{app.applicant.username} is now a verified clinician.")
    return redirect("resources:applications")


def _decide_with_reason(request, pk, *, check, service, done: str, prefix: str):
    app = selectors.application_or_404(pk)
    check(request.user, app)
    form = DecisionForm(request.POST, prefix=prefix)
    if form.is_valid():
        service(app, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, done.format(name=app.applicant.username))
        return redirect("resources:applications")
    context = {
        "app": app,
        "decline_form": DecisionForm(prefix="decline"),
        "revoke_form": DecisionForm(prefix="revoke"),
        "can_decide": permissions.can_decide_application(request.user, app),
        "can_revoke": permissions.can_revoke_verification(request.user, app),
        "history": selectors.applications_of(app.applicant),
        f"{prefix}_form": form,
    }
    return render(request, "resources/application.html", context, status=400)


@require_POST
@role_required("admin")
def decline(request, pk):
    return _decide_with_reason(
        request, pk, check=permissions.check_decide_application, service=services.decline_application,
        done="The application from {name} was declined.", prefix="decline",
    )


@require_POST
@role_required("admin")
def revoke(request, pk):
    return _decide_with_reason(
        request, pk, check=permissions.check_revoke_verification, service=services.revoke_clinician,
        done="{name} is no longer a verified clinician.", prefix="revoke",
    )
