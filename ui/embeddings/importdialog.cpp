#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 8;

} // namespace

ImportDialog::ImportDialog(const QString &fileName, const TextImport::Table &table, TextImport::Format format,
                           QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_format(format)
    , m_text(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first row names the columns"), this))
    , m_preview(new QTableWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Import texts from %1").arg(QFileInfo(fileName).fileName()));
    m_text->setAccessibleName(tr("Column with the texts"));
    m_label->setAccessibleName(tr("Column with the labels"));
    m_header->setChecked(table.headerRow);
    m_header->setVisible(format == TextImport::Format::Csv);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setWordWrap(false);
    m_preview->setAccessibleName(tr("Preview"));

    auto *form = new QFormLayout;
    form->addRow(format == TextImport::Format::Csv ? tr("&Texts from column:") : tr("&Texts from field:"),
                 m_text);
    form->addRow(tr("&Labels from:"), m_label);
    form->addRow(QString(), m_header);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!table.problems.isEmpty()) {
        auto *problems = new QLabel(tr("Lines that could not be read are left out (%1): %2")
                                        .arg(QLocale().toString(table.problems.size()),
                                             table.problems.mid(0, 5).join(QLatin1Char(' '))),
                                    this);
        problems->setWordWrap(true);
        layout->addWidget(problems);
    }
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(m_label, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::rebuild);
    rebuild();
}

void ImportDialog::rebuild()
{
    m_shown = m_table;
    if (m_format == TextImport::Format::Csv && m_header->isChecked() != m_table.headerRow) {
        if (m_header->isChecked() && !m_shown.rows.isEmpty()) {
            // The first record becomes the names.
            const QStringList names = m_shown.rows.takeFirst();
            for (qsizetype c = 0; c < m_shown.columns.size(); ++c)
                if (!names.value(c).trimmed().isEmpty())
                    m_shown.columns[c] = names.value(c).trimmed();
        } else if (!m_header->isChecked()) {
            // The names were a record after all.
            QStringList record = m_table.columns;
            m_shown.rows.prepend(record);
            for (qsizetype c = 0; c < m_shown.columns.size(); ++c)
                m_shown.columns[c] = tr("Column %1").arg(c + 1);
        }
        m_shown.headerRow = m_header->isChecked();
    }
    const int guess = TextImport::guessTextColumn(m_shown);
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker labelBlocker(m_label);
    m_text->clear();
    m_label->clear();
    m_label->addItem(tr("(none)"), -1);
    for (int c = 0; c < m_shown.columns.size(); ++c) {
        m_text->addItem(m_shown.columns[c], c);
        m_label->addItem(m_shown.columns[c], c);
    }
    m_text->setCurrentIndex(std::max(0, guess));
    // A column named like a label is the likely label.
    for (int c = 0; c < m_shown.columns.size(); ++c) {
        const QString name = m_shown.columns[c].toLower();
        if (c != guess && (name == QLatin1String("label") || name == QLatin1String("title") ||
                           name == QLatin1String("name") || name == QLatin1String("id")))
            m_label->setCurrentIndex(c + 1);
    }
    update();
}

void ImportDialog::update()
{
    m_preview->clear();
    m_preview->setColumnCount(int(m_shown.columns.size()));
    m_preview->setHorizontalHeaderLabels(m_shown.columns);
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_shown.rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_shown.columns.size(); ++c) {
            const QString value = m_shown.rows[r].value(c);
            auto *item = new QTableWidgetItem(value.simplified().left(200));
            if (c == textColumn())
                item->setBackground(palette().color(QPalette::AlternateBase));
            m_preview->setItem(r, c, item);
        }
    }
    const int count = int(entries().size());
    m_count->setText(tr("%1 texts will be added (records with an empty text are left out).")
                         .arg(QLocale().toString(count)));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

int ImportDialog::textColumn() const
{
    return m_text->currentData().toInt();
}

int ImportDialog::labelColumn() const
{
    return m_label->currentData().isValid() ? m_label->currentData().toInt() : -1;
}

QList<TextImport::Entry> ImportDialog::entries() const
{
    return TextImport::entries(m_shown, textColumn(), labelColumn());
}
