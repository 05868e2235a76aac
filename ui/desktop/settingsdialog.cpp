#include "settingsdialog.h"

#include "conversationzoom.h"
#include "themecontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ThemeController *theme, ConversationZoom *zoom, QWidget *parent)
    : QDialog(parent)
    , m_themeController(theme)
    , m_zoom(zoom)
    , m_form(new QFormLayout)
    , m_theme(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    for (const ThemeController::Theme t :
         {ThemeController::Theme::System, ThemeController::Theme::Light, ThemeController::Theme::Dark})
        m_theme->addItem(ThemeController::themeName(t), QVariant::fromValue(t));
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(theme->theme())));
    m_theme->setToolTip(tr("Light or dark; by default as the system is set, following its changes"));

    m_fontSize->setRange(ConversationZoom::kMinPointSize, ConversationZoom::kMaxPointSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(zoom->pointSize());
    m_fontSize->setToolTip(tr("The size of the conversation's text (Ctrl+Plus, Ctrl+Minus, Ctrl+0)"));

    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    auto *sizeLabel = new QLabel(tr("Conversation text &size:"), this);
    sizeLabel->setBuddy(m_fontSize);
    m_form->addRow(themeLabel, m_theme);
    m_form->addRow(sizeLabel, m_fontSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_themeController->setTheme(m_theme->currentData().value<ThemeController::Theme>());
    });
    connect(m_fontSize, &QSpinBox::valueChanged, m_zoom, &ConversationZoom::setPointSize);
    // Ctrl+Plus elsewhere while the dialog is open keeps the box in step.
    connect(m_zoom, &ConversationZoom::pointSizeChanged, m_fontSize, [this](int points) {
        const QSignalBlocker block(m_fontSize);
        m_fontSize->setValue(points);
    });
}

void SettingsDialog::addRow(const QString &label, QWidget *field)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(field);
    field->setParent(this);
    m_form->addRow(title, field);
}
