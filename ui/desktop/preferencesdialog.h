#pragma once

#include <QDialog>

class ConversationZoom;
class QComboBox;
class QLabel;
class QSpinBox;

// Edit → Preferences: the colour theme (System, Light, Dark), the conversation's font size, the
// language of the interface and the largest image, video and audio file that may be attached.
// Theme and font size apply at once, as they are chosen, and are remembered (DesktopSettings); the
// size limits are remembered (AttachmentSizeLimits) and apply to the next attached file; the
// language is remembered and used from the next start, which the dialog says.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(ConversationZoom *zoom, QWidget *parent = nullptr);

    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *restartNote() const { return m_restartNote; }
    QSpinBox *maxImageBox() const { return m_maxImage; }
    QSpinBox *maxVideoBox() const { return m_maxVideo; }
    QSpinBox *maxAudioBox() const { return m_maxAudio; }

private:
    void onThemeChosen();
    void onLanguageChosen();

    ConversationZoom *m_zoom;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QSpinBox *m_maxImage;
    QSpinBox *m_maxVideo;
    QSpinBox *m_maxAudio;
    QString m_startLanguage; // the language this run uses
};
