#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

// Help → Keyboard Shortcuts: every shortcut of the window, grouped by menu, made from its actions
// when the dialog opens (ShortcutList), so it can never disagree with what the keys do. A filter
// field narrows it by name or key.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QLineEdit *filterField() const { return m_filter; }
    QTreeWidget *table() const { return m_table; }
    // How many shortcuts are shown (after the filter).
    int visibleCount() const;

private:
    void fill(QMainWindow *window);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_table;
};
