#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts: every shortcut of the window (ShortcutCatalog), grouped, with a
// filter that matches an action's name or its keys ("ctrl+r", "regenerate").
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // The actions shown under the current filter.
    int visibleCount() const;

private:
    void fill(const QWidget *window);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
