#pragma once

#include "embeddings/textimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

// Picks what to import from a CSV or JSON Lines file: the column (field) that holds the texts,
// optionally one for the labels, and for CSV whether the first row names the columns. A preview
// of the first records shows the choice; the count says how many texts it gives.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString &fileName, const TextImport::Table &table, TextImport::Format format,
                 QWidget *parent = nullptr);

    QList<TextImport::Entry> entries() const;
    int textColumn() const;
    int labelColumn() const; // -1: none

    QComboBox *textPicker() const { return m_text; }
    QComboBox *labelPicker() const { return m_label; }
    QCheckBox *headerBox() const { return m_header; }

private:
    void rebuild(); // after the header choice changed
    void update();

    TextImport::Table m_table; // as parsed (header row detected or not)
    TextImport::Table m_shown; // with the header choice applied
    TextImport::Format m_format;
    QComboBox *m_text;
    QComboBox *m_label;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QLabel *m_count;
};
