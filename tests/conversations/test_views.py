"""Private message pages: inbox, starting, replying, bad input, privacy of existence."""

import pytest
from django.urls import reverse

from conversations import services
from conversations.models import Message
from tests.conversations.conftest import cid
from tests.factories import sign_in

pytestmark = pytest.mark.django_db


def start(author, *others, body="Hello there"):
    return services.start_conversation(author, recipients=list(others), body=body, client_id=cid())


def test_the_header_shows_unread_conversations_and_the_inbox_marks_them(client, alice, bea):
    message = start(alice, bea)
    html = sign_in(client, bea).get(reverse("conversations:inbox")).content.decode()
    assert 'data-live="messages-count">1<' in html
    assert "alice_w" in html and "New<span" in html
    client.get(message.conversation.get_absolute_url())
    html = client.get(reverse("conversations:inbox")).content.decode()
    assert 'data-live="messages-count" hidden' in html
    assert "Read</span>" in html


def test_the_inbox_lists_newest_first(client, alice, bea, cal):
    older = start(bea, alice, body="first")
    newer = start(cal, alice, body="second")
    html = sign_in(client, alice).get(reverse("conversations:inbox")).content.decode()
    assert html.index(f"/messages/{newer.conversation_id}/") < html.index(f"/messages/{older.conversation_id}/")


def test_a_member_starts_a_conversation_from_the_form(client, alice, bea):
    sign_in(client, alice)
    page = client.get(reverse("conversations:new") + "?to=bea_k").content.decode()
    client_id = page.split('name="client_id" value="')[1].split('"')[0]
    response = client.post(reverse("conversations:new"), {"to": "bea_k", "body": "Hi Bea", "client_id": client_id})
    assert response.status_code == 302
    again = client.post(reverse("conversations:new"), {"to": "bea_k", "body": "Hi Bea", "client_id": client_id})
    assert again.status_code == 302
    assert Message.objects.count() == 1


def test_a_new_member_is_refused_a_cold_message_with_a_clear_reason(client, newcomer, bea):
    html = sign_in(client, newcomer).get(reverse("conversations:new")).content.decode()
    assert "new members can start private conversations once they have 3 more approved posts" in html
    response = client.post(reverse("conversations:new"), {"to": "bea_k", "body": "hello", "client_id": "abc"})
    assert response.status_code == 403
    assert "3 more approved posts" in response.content.decode()
    assert not Message.objects.exists()


def test_an_unknown_name_is_refused_next_to_the_field_keeping_the_text(client, alice):
    response = sign_in(client, alice).post(
        reverse("conversations:new"), {"to": "nobody_here", "body": "my careful words", "client_id": "abc"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_to_error"' in html and "couldn" in html
    assert "my careful words</textarea>" in html


@pytest.mark.parametrize("body, text", [("", "Please write a message first."), ("y" * 2001, "up to 2,000")])
def test_empty_and_over_long_replies_are_refused_next_to_the_field(client, alice, bea, body, text):
    message = start(alice, bea)
    response = sign_in(client, bea).post(
        reverse("conversations:send", args=[message.conversation_id]), {"body": body, "client_id": "r-1"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_body_error"' in html and text in html
    if body:
        assert body + "</textarea>" in html
    assert Message.objects.count() == 1


def test_a_reply_posts_and_lands_on_the_conversation(client, alice, bea):
    message = start(alice, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    response = sign_in(client, bea).post(url, {"body": "Thank you **so** much", "client_id": "r-2"})
    reply = Message.objects.get(client_id="r-2")
    assert response["Location"].endswith(f"#message-{reply.pk}")
    html = client.get(message.conversation.get_absolute_url()).content.decode()
    assert "<strong>so</strong>" in html
    assert f'data-clear-draft="{url}"' in html


def test_unknown_conversations_are_404_for_non_participants_and_moderators(client, alice, bea, cal, moderator):
    message = start(alice, bea)
    url = message.conversation.get_absolute_url()
    assert sign_in(client, cal).get(url).status_code == 404
    assert client.get(reverse("conversations:detail", args=[99999])).status_code == 404
    assert client.post(reverse("conversations:send", args=[message.conversation_id]),
                       {"body": "x", "client_id": "z"}).status_code == 404
    assert sign_in(client, moderator).get(url).status_code == 404


def test_pages_hold_30_messages_and_open_on_the_last(client, alice, bea):
    message = start(alice, bea, body="message 0")
    for n in range(1, 65):
        services.send_message(alice, conversation=message.conversation, body=f"message {n}", client_id=cid())
    sign_in(client, bea)
    html = client.get(message.conversation.get_absolute_url()).content.decode()
    assert html.count('class="pm-message"') == 5  # 65 messages: pages of 30, 30, 5
    assert "message 64" in html and "message 59" not in html
    assert 'aria-current="page"><span class="visually-hidden">Page </span>3' in html
    first = client.get(message.conversation.get_absolute_url() + "?page=1").content.decode()
    assert first.count('class="pm-message"') == 30 and "message 0<" in first


def test_the_conversation_page_costs_a_fixed_number_of_queries(client, alice, bea, django_assert_max_num_queries):
    message = start(alice, bea)
    for n in range(40):
        services.send_message(alice if n % 2 else bea, conversation=message.conversation, body=f"m{n}",
                              client_id=cid())
    sign_in(client, bea)
    with django_assert_max_num_queries(25):
        assert client.get(message.conversation.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(reverse("conversations:inbox")).status_code == 200


def test_leaving_from_the_page_keeps_the_other_copy(client, alice, bea):
    message = start(alice, bea)
    sign_in(client, bea)
    assert client.post(reverse("conversations:leave", args=[message.conversation_id])).status_code == 302
    assert client.get(message.conversation.get_absolute_url()).status_code == 404
    assert sign_in(client, alice).get(message.conversation.get_absolute_url()).status_code == 200


def test_blocking_from_a_conversation_and_unblocking_from_settings(client, alice, bea):
    message = start(alice, bea)
    sign_in(client, bea)
    client.post(reverse("conversations:block", args=["alice_w"]), {"next": message.conversation.get_absolute_url()})
    html = client.get(reverse("conversations:settings")).content.decode()
    assert "alice_w" in html
    client.post(reverse("conversations:unblock", args=["alice_w"]))
    assert "You haven" in client.get(reverse("conversations:settings")).content.decode()


def test_message_settings_turn_messages_off(client, alice, bea):
    sign_in(client, bea).post(reverse("conversations:settings"), {"allow_from": "nobody"})
    response = sign_in(client, alice).post(reverse("conversations:new"),
                                         {"to": "bea_k", "body": "hi", "client_id": "s-1"})
    assert response.status_code == 403
    assert "can&#x27;t receive new messages from you" in response.content.decode()


def test_signed_out_visitors_are_sent_to_log_in(client, alice, bea):
    message = start(alice, bea)
    assert client.get(reverse("conversations:inbox")).status_code == 302
    assert client.get(message.conversation.get_absolute_url()).status_code == 403


def test_profiles_and_posts_offer_message_privately(client, alice, bea):
    html = sign_in(client, alice).get(reverse("accounts:profile", args=["bea_k"])).content.decode()
    assert reverse("conversations:new") + "?to=bea_k" in html
    assert "Block<span" in html and "Follow<span" in html


def test_posts_offer_message_privately_to_other_members(client, alice, bea):
    import forum.services
    from tests.factories import BoardFactory

    topic = forum.services.create_topic(bea, board=BoardFactory(is_public=True), title="Week three", body="Hi")
    html = sign_in(client, alice).get(topic.get_absolute_url()).content.decode()
    assert reverse("conversations:new") + "?to=bea_k" in html
    own = sign_in(client, bea).get(topic.get_absolute_url()).content.decode()
    assert reverse("conversations:new") + "?to=bea_k" not in own


def test_a_live_send_answers_json_and_a_read_mark_follows(client, alice, bea):
    message = start(alice, bea)
    sign_in(client, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    response = client.post(url, {"body": "live hello", "client_id": "j-1"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["state"] == "sent"
    assert "live hello" in response.json()["message"]["html"]
    bad = client.post(url, {"body": "", "client_id": "j-2"}, HTTP_ACCEPT="application/json")
    assert bad.status_code == 400 and bad.json()["errors"]["body"] == ["Please write a message first."]
    reply = services.send_message(alice, conversation=message.conversation, body="back", client_id=cid())
    read = sign_in(client, bea).post(reverse("conversations:read", args=[message.conversation_id]),
                                   {"last_id": reply.pk})
    assert read.json() == {"unread": 0}


def test_the_help_desk_board_links_to_message_the_team(client, alice):
    from forum.models import Board

    board = Board.objects.get(slug="help-desk")
    assert reverse("conversations:team_new") in sign_in(client, alice).get(board.get_absolute_url()).content.decode()


def test_sending_too_fast_is_refused_calmly_keeping_the_text(client, settings, alice, bea):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "message": ("2/m", "1/m")}
    message = start(alice, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    sign_in(client, bea)
    for n in range(2):
        assert client.post(url, {"body": f"quick {n}", "client_id": f"q-{n}"}).status_code == 302
    response = client.post(url, {"body": "one more thing", "client_id": "q-3"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "faster than Haven allows" in html and "one more thing</textarea>" in html


def test_starting_conversations_has_its_own_limit(client, settings, alice, bea, cal):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "conversation": ("1/h", "1/h")}
    sign_in(client, alice)
    first = client.post(reverse("conversations:new"), {"to": "bea_k", "body": "hi", "client_id": "n-1"})
    assert first.status_code == 302
    refused = client.post(reverse("conversations:new"), {"to": "cal_r", "body": "hi", "client_id": "n-2"})
    assert refused.status_code == 429


def test_the_inbox_shows_50_conversations_a_page(client, alice):
    from tests.conversations.conftest import old_member

    for _ in range(52):
        start(old_member(), alice)
    sign_in(client, alice)
    html = client.get(reverse("conversations:inbox")).content.decode()
    assert html.count('class="card pm-inbox-row') == 50
    assert 'aria-label="Pages of your inbox"' in html
    second = client.get(reverse("conversations:inbox") + "?page=2").content.decode()
    assert second.count('class="card pm-inbox-row') == 2
