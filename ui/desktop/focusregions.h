#pragma once

class QWidget;

// The parts of the window F6 and Shift+F6 move between (the standard "next pane" keys): the
// history, the server bar, the conversation, the message box, a page's own parts. A widget
// becomes a region with mark(); its place in the cycle is `order`. Focus goes to the region's
// focus widget (or the region itself); hidden or disabled regions are skipped.
class FocusRegions final {
public:
    static void mark(QWidget *region, int order);
    // Moves focus to the next (or previous) region of `window` after the one holding focus;
    // returns the widget that got focus, or nullptr when there is no region to go to.
    static QWidget *cycle(QWidget *window, bool forward);
};
