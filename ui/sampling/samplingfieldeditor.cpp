#include "samplingfieldeditor.h"

#include "sampling/samplingfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>

#include <cmath>

namespace {

using Kind = SamplingField::Kind;

// Stop strings are typed one per line; \n, \t and \\ stand for a newline, a tab and a backslash,
// so "\n\n" (a blank line, the most common stop string) can be written at all.
QString unescapeLine(const QString &line)
{
    QString out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            const QChar next = line.at(i + 1);
            if (next == QLatin1Char('n') || next == QLatin1Char('t') || next == QLatin1Char('\\')) {
                out += next == QLatin1Char('n')   ? QLatin1Char('\n')
                       : next == QLatin1Char('t') ? QLatin1Char('\t')
                                                  : QLatin1Char('\\');
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString escapeLine(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

QString numberText(double v, bool integer)
{
    return integer ? QString::number(qint64(v)) : QString::number(v, 'g', 12);
}

// "line 3, column 7" for a JSON parse error offset.
QString positionOf(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return SamplingFields::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

SamplingFieldEditor::SamplingFieldEditor(const SamplingField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_explicit(new QCheckBox(field.labelText(), this))
    , m_reset(new QToolButton(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("field:") + field.key);
    m_explicit->setToolTip(field.tooltipText());
    m_explicit->setAccessibleDescription(tr("Ticked: sent as set here. Unticked: the server's default."));
    m_reset->setText(QStringLiteral("↺"));
    m_reset->setToolTip(tr("Back to the server's default (not sent)"));
    m_reset->setAccessibleName(tr("Reset %1").arg(field.labelText()));
    m_reset->setAutoRaise(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);

    buildEditor();
    m_editor->setToolTip(field.tooltipText());
    m_editor->setAccessibleName(field.labelText());

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    const bool tall = m_text != nullptr;
    if (tall) {
        layout->addWidget(m_explicit, 0, 0, 1, 1);
        layout->addWidget(m_reset, 0, 1, Qt::AlignRight);
        layout->addWidget(m_editor, 1, 0, 1, 2);
        layout->addWidget(m_errorLabel, 2, 0, 1, 2);
    } else {
        layout->addWidget(m_explicit, 0, 0);
        layout->addWidget(m_editor, 0, 1);
        layout->addWidget(m_reset, 0, 2);
        layout->addWidget(m_errorLabel, 1, 0, 1, 3);
        layout->setColumnStretch(1, 1);
    }

    connect(m_explicit, &QCheckBox::toggled, this, [this] {
        revalidate();
        emit changed();
    });
    connect(m_reset, &QToolButton::clicked, this, &SamplingFieldEditor::reset);
    revalidate();
}

void SamplingFieldEditor::buildEditor()
{
    const QString fallback = m_field.serverDefault.isEmpty()
                                 ? tr("server default")
                                 : tr("server default: %1").arg(m_field.serverDefault);
    switch (m_field.kind) {
    case Kind::Number:
    case Kind::Integer:
    case Kind::IntegerList:
    case Kind::Regex:
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(fallback);
        m_line->setClearButtonEnabled(true);
        if (m_field.kind == Kind::Regex)
            m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        connect(m_line, &QLineEdit::textEdited, this, &SamplingFieldEditor::onEdited);
        m_editor = m_line;
        break;
    case Kind::Boolean:
        m_flag = new QCheckBox(tr("on"), this);
        connect(m_flag, &QCheckBox::toggled, this, [this] {
            m_flag->setText(m_flag->isChecked() ? tr("on") : tr("off"));
            onEdited();
        });
        m_flag->setText(tr("off"));
        m_editor = m_flag;
        break;
    case Kind::Choice:
        m_combo = new QComboBox(this);
        m_combo->addItems(m_field.choices);
        connect(m_combo, &QComboBox::activated, this, &SamplingFieldEditor::onEdited);
        m_editor = m_combo;
        break;
    case Kind::StringList:
    case Kind::JsonSchema:
        m_text = new QPlainTextEdit(this);
        m_text->setPlaceholderText(m_field.kind == Kind::JsonSchema
                                       ? tr("{\"type\": \"object\", \"properties\": {…}}")
                                       : tr("one per line; \\n is a newline"));
        m_text->setTabChangesFocus(true);
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_text->setFixedHeight(m_field.kind == Kind::JsonSchema ? 140 : 64);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_writing)
                onEdited();
        });
        m_editor = m_text;
        break;
    }
}

void SamplingFieldEditor::onEdited()
{
    if (m_writing)
        return;
    // Typing means "I want this sent": the box follows (an emptied text box means the default).
    const bool empty =
        (m_line && m_line->text().isEmpty()) || (m_text && m_text->toPlainText().trimmed().isEmpty());
    m_writing = true;
    m_explicit->setChecked(!empty);
    m_writing = false;
    m_externalError.clear();
    revalidate();
    emit changed();
}

bool SamplingFieldEditor::isExplicit() const
{
    return m_explicit->isChecked();
}

QJsonValue SamplingFieldEditor::readEditor(QString *error) const
{
    switch (m_field.kind) {
    case Kind::Number:
    case Kind::Integer: {
        const QString text = m_line->text().trimmed();
        bool ok = false;
        const double v = QLocale().toDouble(text, &ok);
        const double c = ok ? v : text.toDouble(&ok); // both "0,7" (locale) and "0.7"
        if (!ok) {
            *error = text.isEmpty() ? tr("Enter a value, or untick to use the server's default.")
                                    : tr("\"%1\" is not a number.").arg(text);
            return {};
        }
        if (m_field.kind == Kind::Integer && c == std::floor(c) && std::abs(c) < 9e15)
            return qint64(c);
        return c;
    }
    case Kind::Boolean:
        return m_flag->isChecked();
    case Kind::Choice:
        return m_combo->currentText();
    case Kind::Regex:
        return m_line->text();
    case Kind::IntegerList: {
        QJsonArray ids;
        const QStringList parts =
            m_line->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok) {
                *error = tr("\"%1\" is not a token id.").arg(part);
                return {};
            }
            ids.append(id);
        }
        return ids;
    }
    case Kind::StringList: {
        QJsonArray list;
        for (const QString &line : m_text->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                list.append(unescapeLine(line));
        }
        return list;
    }
    case Kind::JsonSchema: {
        const QByteArray text = m_text->toPlainText().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("Not valid JSON at %1: %2.")
                         .arg(positionOf(text, parseError.offset), parseError.errorString());
            return {};
        }
        if (!doc.isObject()) {
            *error = tr("A schema is a JSON object ({…}).");
            return {};
        }
        return doc.object();
    }
    }
    return {};
}

void SamplingFieldEditor::revalidate()
{
    m_error.clear();
    if (isExplicit()) {
        QString error;
        const QJsonValue v = readEditor(&error);
        m_error = error.isEmpty() ? SamplingFields::checkValue(m_field, v) : error;
    }
    showError();
}

void SamplingFieldEditor::showError()
{
    const QString shown = !m_error.isEmpty() ? m_error : isExplicit() ? m_externalError : QString();
    m_errorLabel->setText(shown);
    m_errorLabel->setVisible(!shown.isEmpty());
    m_editor->setProperty("invalid", !shown.isEmpty());
    m_editor->setStyleSheet(shown.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c62828;"));
    m_reset->setEnabled(isExplicit());
}

QJsonValue SamplingFieldEditor::value() const
{
    if (!isExplicit() || !m_error.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QString error;
    return readEditor(&error);
}

void SamplingFieldEditor::writeEditor(const QJsonValue &value)
{
    switch (m_field.kind) {
    case Kind::Number:
    case Kind::Integer:
        m_line->setText(value.isDouble() ? numberText(value.toDouble(), m_field.kind == Kind::Integer)
                                         : value.toString());
        break;
    case Kind::Boolean:
        m_flag->setChecked(value.toBool());
        m_flag->setText(value.toBool() ? tr("on") : tr("off"));
        break;
    case Kind::Choice: {
        const int index = m_combo->findText(value.toString());
        if (index >= 0)
            m_combo->setCurrentIndex(index);
        break;
    }
    case Kind::Regex:
        m_line->setText(value.toString());
        break;
    case Kind::IntegerList: {
        QStringList ids;
        for (const QJsonValue &id : value.toArray())
            ids.append(QString::number(id.toInteger()));
        m_line->setText(ids.join(QStringLiteral(", ")));
        break;
    }
    case Kind::StringList: {
        QStringList lines;
        const QJsonArray list = value.isString() ? QJsonArray{value} : value.toArray();
        for (const QJsonValue &item : list)
            lines.append(escapeLine(item.toString()));
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
        break;
    }
    case Kind::JsonSchema:
        m_text->setPlainText(
            value.isObject()
                ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
                : value.toString());
        break;
    }
}

void SamplingFieldEditor::setValue(const QJsonValue &value)
{
    m_writing = true;
    m_externalError.clear();
    if (value.isUndefined() || value.isNull()) {
        if (m_line)
            m_line->clear();
        if (m_text)
            m_text->clear();
        if (m_flag)
            m_flag->setChecked(false);
        if (m_combo)
            m_combo->setCurrentIndex(m_field.choices.indexOf(QStringLiteral("medium")) >= 0
                                         ? int(m_field.choices.indexOf(QStringLiteral("medium")))
                                         : 0);
        m_explicit->setChecked(false);
    } else {
        writeEditor(value);
        m_explicit->setChecked(true);
    }
    m_writing = false;
    revalidate();
}

void SamplingFieldEditor::reset()
{
    setValue(QJsonValue(QJsonValue::Undefined));
    emit changed();
}

void SamplingFieldEditor::setExternalError(const QString &message)
{
    if (m_externalError == message)
        return;
    m_externalError = message;
    showError();
}
