"""The KDS window on a real store: cards appear, tap, bump, recall, expo, bump-bar keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from pos.domain.clock import FakeClock
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.ui.kds.board import LATE_BAND, OK_BAND, WARN_BAND
from pos.ui.kds.screen import KdsWindow
from tests.kds.conftest import OpenKds
from tests.kds.helpers import send_table


def board_cards(w: KdsWindow) -> list[str]:
    """The titles of the cards painted on the board, in board order."""
    return [p.laid.card.title for p in w.screen_widget.board.placed]


def tap(qtbot: QtBot, w: KdsWindow, point: QPoint | None) -> None:
    assert point is not None, "nothing there on the board"
    qtbot.mouseClick(w.screen_widget.board, Qt.MouseButton.LeftButton, pos=point)


def key(qtbot: QtBot, w: KdsWindow, k: Qt.Key) -> None:
    qtbot.keyClick(w.screen_widget, k)


def header_colour(w: KdsWindow, n: int = 0) -> QColor:
    board = w.screen_widget.board
    image = board.grab().toImage()
    p = board.placed[n].rect
    return image.pixelColor(p.x() + 2, p.y() + 2)


def test_a_send_on_the_terminal_appears_on_its_kds(qtbot: QtBot, open_kds: OpenKds,
                                                   kds_terminal: Terminal,
                                                   server: Actor) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    assert board_cards(w) == []
    order = send_table(kds_terminal, server, "4", "Tomato soup", "Classic burger")
    qtbot.waitUntil(lambda: board_cards(w) == ["Table 4"], timeout=1000)
    [card] = w.screen_widget.board.placed
    assert [i.name for i in card.laid.card.items] == ["Tomato soup"]  # the burger is Grill's
    assert order.check_number in card.laid.card.subtitle and "Tom" in card.laid.card.subtitle
    texts = [r.text for r in card.laid.rows]
    assert texts == ["Tomato soup", "⚠ CELERY, MILK"]
    assert not w.grab().isNull()


def test_a_send_by_another_process_on_the_same_store_appears(qtbot: QtBot, open_kds: OpenKds,
                                                             kds_terminal: Terminal) -> None:
    w = open_kds(kds_terminal, "Grill")
    other = Terminal.open(kds_terminal.store.path.parent)  # its own engines, no listeners
    try:
        send_table(other, other.staff.login("2222"), "7", "Classic burger")
    finally:
        other.close()
    qtbot.waitUntil(lambda: board_cards(w) == ["Table 7"], timeout=1000)


def test_void_after_send_shows_on_the_card(qtbot: QtBot, open_kds: OpenKds,
                                           kds_terminal: Terminal, server: Actor,
                                           manager: Actor) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    order = send_table(kds_terminal, server, "5", "Tomato soup", "Garlic bread")
    qtbot.waitUntil(lambda: len(board_cards(w)) == 1, timeout=1000)
    bread = next(ln for ln in order.lines if ln.name == "Garlic bread")
    kds_terminal.orders.void_item(manager, order.id, bread.id, "wrong table")
    qtbot.waitUntil(lambda: w.screen_widget.board.placed[0].laid.card.changed, timeout=1000)
    card = w.screen_widget.board.placed[0].laid
    rows = {r.text: r.voided for r in card.rows if r.kind == "item"}
    assert rows == {"Tomato soup": False, "VOID Garlic bread": True}


def test_fire_and_rush_show_on_the_board(qtbot: QtBot, open_kds: OpenKds,
                                         kds_terminal: Terminal, server: Actor) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    held = send_table(kds_terminal, server, "5", "Tomato soup", "Lasagne", hold=(2,),
                      courses={"Lasagne": 2})
    send_table(kds_terminal, server, "6", "Bruschetta")
    qtbot.waitUntil(lambda: board_cards(w) == ["Table 5", "Table 6"], timeout=1000)
    kds_terminal.orders.fire_course(server, held.id, 2)
    qtbot.waitUntil(lambda: len(board_cards(w)) == 3, timeout=1000)
    assert w.screen_widget.board.placed[2].laid.card.tag == "FIRE course 2"
    kds_terminal.orders.set_rush(server, w.screen_widget.board.placed[1].laid.card.order_id,
                                 True)
    w.presenter.poll()  # a rush flag is not a kitchen send: the next poll picks it up
    assert board_cards(w)[0] == "Table 6" and w.presenter.state.cards[0].rush


def test_tap_item_done_bump_and_recall(qtbot: QtBot, open_kds: OpenKds,
                                       kds_terminal: Terminal, server: Actor) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    send_table(kds_terminal, server, "4", "Tomato soup", "Garlic bread")
    qtbot.waitUntil(lambda: len(board_cards(w)) == 1, timeout=1000)
    card = w.presenter.state.cards[0]
    soup = card.items[0]
    tap(qtbot, w, w.screen_widget.board.item_point(card.key, soup.line_id))
    [ticket] = kds_terminal.kds.board("Kitchen")
    assert [i.done for i in ticket.items] == [True, False]
    assert w.presenter.state.cards[0].items[0].done
    tap(qtbot, w, w.screen_widget.board.bump_point(card.key))
    assert board_cards(w) == [] and kds_terminal.kds.board("Kitchen") == []
    qtbot.mouseClick(w.screen_widget.recall_button, Qt.MouseButton.LeftButton)
    assert board_cards(w) == ["Table 4"]
    assert w.presenter.state.cards[0].recalled and w.presenter.state.cards[0].items[0].done


def test_tap_an_item_name_opens_its_recipe_card(qtbot: QtBot, open_kds: OpenKds,
                                                kds_terminal: Terminal, server: Actor) -> None:
    w = open_kds(kds_terminal, "Grill")
    send_table(kds_terminal, server, "4", "Classic burger")
    qtbot.waitUntil(lambda: len(board_cards(w)) == 1, timeout=1000)
    card = w.presenter.state.cards[0]
    tap(qtbot, w, w.screen_widget.board.item_point(card.key, card.items[0].line_id, name=True))
    dlg = w.screen_widget.dialog
    assert dlg is not None and dlg.isVisible()
    texts = {lbl.objectName(): lbl.text() for lbl in dlg.findChildren(type(w.screen_widget.count))}
    assert texts["recipeName"] == "Classic burger"
    assert "Cereals containing gluten" in texts["recipeAllergens"]
    assert not kds_terminal.kds.board("Grill")[0].items[0].done  # the name does not mark done
    qtbot.mouseClick(dlg.findChild(type(w.screen_widget.bump_button), "recipeClose"),
                     Qt.MouseButton.LeftButton)
    assert w.screen_widget.dialog is None


def test_bump_bar_keys_select_bump_and_recall(qtbot: QtBot, open_kds: OpenKds,
                                              kds_terminal: Terminal, server: Actor) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    for table in ("4", "5", "6"):
        send_table(kds_terminal, server, table, "Tomato soup")
    qtbot.waitUntil(lambda: board_cards(w) == ["Table 4", "Table 5", "Table 6"], timeout=1000)
    key(qtbot, w, Qt.Key.Key_Return)  # nothing selected: nothing bumped
    assert len(board_cards(w)) == 3 and w.screen_widget.message.text()
    key(qtbot, w, Qt.Key.Key_2)
    assert w.presenter.state.selected == w.presenter.state.cards[1].key
    key(qtbot, w, Qt.Key.Key_Return)
    assert board_cards(w) == ["Table 4", "Table 6"]
    key(qtbot, w, Qt.Key.Key_1)
    key(qtbot, w, Qt.Key.Key_B)
    assert board_cards(w) == ["Table 6"]
    key(qtbot, w, Qt.Key.Key_R)  # the last bumped comes back first
    assert board_cards(w) == ["Table 4", "Table 6"]
    key(qtbot, w, Qt.Key.Key_R)
    assert board_cards(w) == ["Table 4", "Table 5", "Table 6"]
    key(qtbot, w, Qt.Key.Key_9)  # no ninth card: the selection stays
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.presenter.state.selected is None


def test_expo_holds_a_ticket_until_every_station_bumped_and_expo_confirmed(
        qtbot: QtBot, open_kds: OpenKds, kds_terminal: Terminal, server: Actor) -> None:
    expo = open_kds(kds_terminal, None)
    grill = open_kds(kds_terminal, "Grill")
    kitchen = open_kds(kds_terminal, "Kitchen")
    send_table(kds_terminal, server, "9", "Tomato soup", "Classic burger")
    for w in (expo, grill, kitchen):
        qtbot.waitUntil(lambda w=w: board_cards(w) == ["Table 9"], timeout=1000)
    [card] = expo.presenter.state.cards
    assert card.parts == (("Grill", False), ("Kitchen", False))
    assert [r.text for r in expo.screen_widget.board.placed[0].laid.rows
            if r.kind == "station"] == ["GRILL · cooking", "KITCHEN · cooking"]
    key(qtbot, kitchen, Qt.Key.Key_1)
    key(qtbot, kitchen, Qt.Key.Key_Return)
    key(qtbot, expo, Qt.Key.Key_1)
    key(qtbot, expo, Qt.Key.Key_Return)  # refused: the grill has not bumped
    assert "Grill" in expo.screen_widget.message.text()
    qtbot.waitUntil(lambda: expo.presenter.state.cards[0].parts[1] == ("Kitchen", True),
                    timeout=1000)
    assert board_cards(expo) == ["Table 9"]
    tap(qtbot, grill, grill.screen_widget.board.bump_point(grill.presenter.state.cards[0].key))
    qtbot.waitUntil(lambda: expo.presenter.state.cards[0].confirmable, timeout=1000)
    assert board_cards(expo) == ["Table 9"]  # every station bumped; expo has not confirmed
    tap(qtbot, expo, expo.screen_widget.board.bump_point(card.key))
    assert board_cards(expo) == []
    key(qtbot, expo, Qt.Key.Key_R)  # expo's recall sends it back to both stations
    assert board_cards(expo) == ["Table 9"]
    qtbot.waitUntil(lambda: board_cards(grill) == ["Table 9"] == board_cards(kitchen),
                    timeout=1000)


def test_the_timer_changes_colour_past_the_thresholds(qtbot: QtBot, open_kds: OpenKds,
                                                      kds_terminal: Terminal, server: Actor,
                                                      clock: FakeClock) -> None:
    w = open_kds(kds_terminal, "Kitchen")
    send_table(kds_terminal, server, "4", "Tomato soup")
    qtbot.waitUntil(lambda: len(board_cards(w)) == 1, timeout=1000)
    assert header_colour(w) == OK_BAND
    clock.advance(8 * 60 + 1)
    w.screen_widget.tick()
    assert header_colour(w) == WARN_BAND
    clock.advance(4 * 60)
    w.screen_widget.tick()
    assert header_colour(w) == LATE_BAND
