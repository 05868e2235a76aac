#pragma once

#include "sampling/samplingfield.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// One sampling field in the panel: a "set" box (unticked: the server's default, nothing is sent),
// the editor its kind calls for, a reset button and, under it, the reason a value is refused.
// Numbers are typed, not spun, so an out-of-range value is shown as such (with the valid range)
// instead of being silently clamped. Typing into the editor ticks the box.
class SamplingFieldEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingFieldEditor)

public:
    explicit SamplingFieldEditor(const SamplingField &field, QWidget *parent = nullptr);

    const SamplingField &field() const { return m_field; }
    bool isExplicit() const;
    // The value when explicit and valid; Undefined otherwise.
    QJsonValue value() const;
    // Why the typed value cannot be sent (empty when it can, or when the field is not explicit).
    QString error() const { return m_error; }
    // Undefined (or null) resets the field to the server default.
    void setValue(const QJsonValue &value);
    void reset();
    // A problem found by the rules between fields (or by the server), shown at this field.
    void setExternalError(const QString &message);

    QCheckBox *explicitBox() const { return m_explicit; }
    QWidget *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_errorLabel; }

signals:
    void changed();

private:
    void buildEditor();
    void onEdited();
    void revalidate();
    QJsonValue readEditor(QString *error) const;
    void writeEditor(const QJsonValue &value);
    void showError();

    SamplingField m_field;
    QCheckBox *m_explicit;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_flag = nullptr;
    QToolButton *m_reset;
    QLabel *m_errorLabel;
    QString m_error;
    QString m_externalError;
    bool m_writing = false;
};
