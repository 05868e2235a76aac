#pragma once

#include "compare/lanespec.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Makes lanes from one: vary a parameter over a list ("0, 0.4, 0.8") or a range ("0:1.2:0.4"),
// or run seeds, and repeat each lane k times. Shows how many lanes that makes before accepting.
class SweepDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepDialog)

public:
    SweepDialog(const LaneSpec &base, int maxLanes, QWidget *parent = nullptr);

    // The lanes the current inputs make; empty with *error when they make none or too many.
    QList<LaneSpec> lanes(QString *error) const;

    QComboBox *parameterPicker() const { return m_parameter; }
    QLineEdit *valuesEdit() const { return m_values; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QLabel *resultLabel() const { return m_result; }

private:
    void updateResult();

    LaneSpec m_base;
    int m_maxLanes;
    QComboBox *m_parameter;
    QLineEdit *m_values;
    QSpinBox *m_repeat;
    QLabel *m_result;
    QPushButton *m_ok;
};
