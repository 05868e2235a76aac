#include "sweepdialog.h"

#include "compare/sweep.h"
#include "sampling/samplingfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SweepDialog::SweepDialog(const LaneSpec &base, int maxLanes, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_maxLanes(maxLanes)
    , m_parameter(new QComboBox(this))
    , m_values(new QLineEdit(this))
    , m_repeat(new QSpinBox(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Sweep"));
    for (const SamplingField &field : SamplingFields::all()) {
        if (field.kind != SamplingField::Kind::JsonSchema)
            m_parameter->addItem(QStringLiteral("%1 (%2)").arg(field.labelText(), field.key), field.key);
    }
    m_parameter->setCurrentIndex(std::max(0, m_parameter->findData(QStringLiteral("temperature"))));
    m_values->setText(QStringLiteral("0, 0.4, 0.8, 1.2"));
    m_values->setToolTip(
        tr("A list (0, 0.4, 0.8) or a range start:stop:step (0:1.2:0.4). For seeds: 1:4:1."));
    m_repeat->setRange(1, maxLanes);
    m_repeat->setToolTip(tr("Run every lane this many times to see how much the answers vary"));
    m_result->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Starting from"), new QLabel(base.label(), this));
    form->addRow(tr("Vary"), m_parameter);
    form->addRow(tr("Over"), m_values);
    form->addRow(tr("Repeat each"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Make lanes"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_parameter, &QComboBox::activated, this, [this] {
        if (m_parameter->currentData().toString() == QLatin1String("seed"))
            m_values->setText(QStringLiteral("1:4:1"));
        updateResult();
    });
    connect(m_values, &QLineEdit::textChanged, this, &SweepDialog::updateResult);
    connect(m_repeat, &QSpinBox::valueChanged, this, &SweepDialog::updateResult);
    updateResult();
}

QList<LaneSpec> SweepDialog::lanes(QString *error) const
{
    const QString key = m_parameter->currentData().toString();
    const QList<QJsonValue> values = Sweep::parseValues(key, m_values->text(), error);
    if (values.isEmpty())
        return {};
    const QList<LaneSpec> lanes = Sweep::repeat(Sweep::vary(m_base, key, values), m_repeat->value());
    if (lanes.size() > m_maxLanes) {
        *error = tr("That makes %1 lanes; at most %2 run side by side.").arg(lanes.size()).arg(m_maxLanes);
        return {};
    }
    return lanes;
}

void SweepDialog::updateResult()
{
    QString error;
    const QList<LaneSpec> made = lanes(&error);
    m_result->setText(error.isEmpty() ? tr("Makes %n lane(s).", nullptr, int(made.size())) : error);
    m_ok->setEnabled(error.isEmpty());
}
