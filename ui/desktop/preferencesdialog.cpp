#include "preferencesdialog.h"

#include "attachments/attachmentsizelimits.h"
#include "conversationzoom.h"
#include "desktopsettings.h"
#include "interfacelanguage.h"
#include "themepalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

PreferencesDialog::PreferencesDialog(ConversationZoom *zoom, QWidget *parent)
    : QDialog(parent)
    , m_zoom(zoom)
    , m_theme(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_maxImage(new QSpinBox(this))
    , m_maxVideo(new QSpinBox(this))
    , m_maxAudio(new QSpinBox(this))
    , m_startLanguage(InterfaceLanguage::running())
{
    setWindowTitle(tr("Preferences"));

    m_theme->addItem(tr("System"), int(DesktopSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(DesktopSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DesktopSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(DesktopSettings::theme())));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_theme->setToolTip(tr("System follows the desktop's light or dark setting"));

    m_fontSize->setRange(DesktopSettings::kMinFontSize, DesktopSettings::kMaxFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(zoom->pointSize());
    m_fontSize->setKeyboardTracking(false); // "14" typed is 14, not 1 and then 14
    m_fontSize->setAccessibleName(tr("Conversation font size"));
    m_fontSize->setToolTip(tr("Also Ctrl+Plus, Ctrl+Minus and Ctrl+0 (or Ctrl+wheel) in the conversation"));
    auto *defaultSize = new QPushButton(tr("&Default"), this);
    defaultSize->setAccessibleName(tr("Default conversation font size"));
    defaultSize->setAutoDefault(false);

    for (const DesktopSettings::Language &language : DesktopSettings::languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_language->setAccessibleName(tr("Interface language"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The language changes when Loquat is started again."));
    m_restartNote->setVisible(false);

    auto *form = new QFormLayout;
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_fontSize, 1);
    sizeRow->addWidget(defaultSize);
    auto *sizeLabel = new QLabel(tr("Conversation &font size:"), this);
    sizeLabel->setBuddy(m_fontSize);
    form->addRow(sizeLabel, sizeRow);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_restartNote);

    // Attachment size limits: each box writes its setting as it changes; the composer reads them
    // at every attach.
    auto *attachments = new QGroupBox(tr("Attachments"), this);
    auto *limits = new QFormLayout(attachments);
    const struct {
        QSpinBox *box;
        MediaKind kind;
        QString label;
        QString name;
    } sizeBoxes[] = {
        {m_maxImage, MediaKind::Image, tr("Largest &image:"), tr("Largest image to attach, in megabytes")},
        {m_maxVideo, MediaKind::Video, tr("Largest &video:"), tr("Largest video to attach, in megabytes")},
        {m_maxAudio, MediaKind::Audio, tr("Largest &audio file:"),
         tr("Largest audio file to attach, in megabytes")},
    };
    for (const auto &entry : sizeBoxes) {
        entry.box->setRange(AttachmentSizeLimits::kMinMB, AttachmentSizeLimits::maxMB(entry.kind));
        entry.box->setSuffix(tr(" MB"));
        entry.box->setValue(AttachmentSizeLimits::megabytes(entry.kind));
        entry.box->setKeyboardTracking(false);
        entry.box->setAccessibleName(entry.name);
        entry.box->setToolTip(tr("Larger files are refused when attached (default %1 MB, at most %2 MB)")
                                  .arg(AttachmentSizeLimits::defaultMB(entry.kind))
                                  .arg(AttachmentSizeLimits::maxMB(entry.kind)));
        auto *label = new QLabel(entry.label, attachments);
        label->setBuddy(entry.box);
        limits->addRow(label, entry.box);
        const MediaKind kind = entry.kind;
        connect(entry.box, &QSpinBox::valueChanged, this,
                [kind](int megabytes) { AttachmentSizeLimits::setMegabytes(kind, megabytes); });
    }
    auto *defaultLimits = new QPushButton(tr("Default &sizes"), attachments);
    defaultLimits->setAccessibleName(tr("Default attachment size limits"));
    defaultLimits->setAutoDefault(false);
    limits->addRow(QString(), defaultLimits);
    connect(defaultLimits, &QPushButton::clicked, this, [this] {
        m_maxImage->setValue(AttachmentSizeLimits::defaultMB(MediaKind::Image));
        m_maxVideo->setValue(AttachmentSizeLimits::defaultMB(MediaKind::Video));
        m_maxAudio->setValue(AttachmentSizeLimits::defaultMB(MediaKind::Audio));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(attachments);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_theme, m_fontSize);
    setTabOrder(m_fontSize, defaultSize);
    setTabOrder(defaultSize, m_language);
    setTabOrder(m_language, m_maxImage);
    setTabOrder(m_maxImage, m_maxVideo);
    setTabOrder(m_maxVideo, m_maxAudio);
    setTabOrder(m_maxAudio, defaultLimits);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::onThemeChosen);
    connect(m_fontSize, &QSpinBox::valueChanged, m_zoom, &ConversationZoom::setPointSize);
    connect(m_zoom, &ConversationZoom::pointSizeChanged, m_fontSize, &QSpinBox::setValue);
    connect(defaultSize, &QPushButton::clicked, m_zoom, &ConversationZoom::reset);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::onLanguageChosen);
}

void PreferencesDialog::onThemeChosen()
{
    const auto theme = DesktopSettings::Theme(m_theme->currentData().toInt());
    DesktopSettings::setTheme(theme);
    ThemePalette::apply(theme);
}

void PreferencesDialog::onLanguageChosen()
{
    const QString code = m_language->currentData().toString();
    DesktopSettings::setLanguage(code);
    m_restartNote->setVisible(code != m_startLanguage);
}
