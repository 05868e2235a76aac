#pragma once

#include <QDialog>

class ConversationZoom;
class QComboBox;
class QFormLayout;
class QSpinBox;
class ThemeController;

// Settings ▸ Preferences: how Loquat looks (light or dark, the conversation's text size).
// Every change applies at once and is remembered; Close just closes. Other features add their
// own rows with addRow().
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(ThemeController *theme, ConversationZoom *zoom, QWidget *parent = nullptr);

    void addRow(const QString &label, QWidget *field);
    QComboBox *themePicker() const { return m_theme; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }

private:
    ThemeController *m_themeController;
    ConversationZoom *m_zoom;
    QFormLayout *m_form;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
};
