// TextImport: plain text, CSV (quoting, delimiters, headers, CRLF, broken files) and JSON Lines,
// and the decoding of file bytes.
#include "embeddings/textimport.h"

#include <QTest>

using TextImport::Entry;

class TestTextImport final : public QObject {
    Q_OBJECT

private slots:
    void formatBySuffix();
    void decodeUtf8AndBoms();
    void decodeRejectsInvalidUtf8();
    void linesSkipBlanks();
    void csvWithHeaderAndQuotes();
    void csvWithoutHeader();
    void csvSemicolonAndTab();
    void csvUnterminatedQuote();
    void csvRaggedRows();
    void jsonlFieldsAndProblems();
    void jsonlNothingReadable();
    void guessesTheTextColumn();
};

void TestTextImport::formatBySuffix()
{
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("a.CSV")), TextImport::Format::Csv);
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("/x/b.tsv")), TextImport::Format::Csv);
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("c.jsonl")), TextImport::Format::Jsonl);
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("c.ndjson")), TextImport::Format::Jsonl);
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("notes.txt")), TextImport::Format::Text);
    QCOMPARE(TextImport::formatForFileName(QStringLiteral("README")), TextImport::Format::Text);
}

void TestTextImport::decodeUtf8AndBoms()
{
    QCOMPARE(TextImport::decode("caf\xc3\xa9").text, QStringLiteral("café"));
    QCOMPARE(TextImport::decode("\xef\xbb\xbfhi").text, QStringLiteral("hi"));
    const QByteArray utf16le("\xff\xfeh\0i\0", 6);
    QCOMPARE(TextImport::decode(utf16le).text, QStringLiteral("hi"));
    const QByteArray utf16be("\xfe\xff\0h\0i", 6);
    QCOMPARE(TextImport::decode(utf16be).text, QStringLiteral("hi"));
}

void TestTextImport::decodeRejectsInvalidUtf8()
{
    const TextImport::Decoded d = TextImport::decode("Latin-1 caf\xe9 here");
    QVERIFY(!d.error.isEmpty());
    QVERIFY(d.text.isEmpty());
}

void TestTextImport::linesSkipBlanks()
{
    const QList<Entry> e =
        TextImport::parseLines(QStringLiteral("first line\r\n\n   \nsecond,  with spaces  \nlast"));
    QCOMPARE(e.size(), 3);
    QCOMPARE(e[0].text, QStringLiteral("first line"));
    QCOMPARE(e[1].text, QStringLiteral("second,  with spaces  "));
    QCOMPARE(e[2].text, QStringLiteral("last"));
    QVERIFY(e[0].label.isEmpty());
}

void TestTextImport::csvWithHeaderAndQuotes()
{
    const QString csv = QStringLiteral("id,title,body\r\n"
                                       "1,Paris,\"The capital, of France\"\r\n"
                                       "2,Quotes,\"She said \"\"hi\"\"\"\r\n"
                                       "3,Multi,\"line one\nline two\"\r\n"
                                       "4,Empty,\r\n");
    QString error;
    const TextImport::Table t = TextImport::parseCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(t.headerRow);
    QCOMPARE(t.delimiter, QLatin1Char(','));
    QCOMPARE(t.columns, (QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("body")}));
    QCOMPARE(t.rows.size(), 4);
    const QList<Entry> e = TextImport::entries(t, 2, 1);
    QCOMPARE(e.size(), 3); // the blank body is skipped
    QCOMPARE(e[0].label, QStringLiteral("Paris"));
    QCOMPARE(e[0].text, QStringLiteral("The capital, of France"));
    QCOMPARE(e[1].text, QStringLiteral("She said \"hi\""));
    QCOMPARE(e[2].text, QStringLiteral("line one\nline two"));
}

void TestTextImport::csvWithoutHeader()
{
    QString error;
    const TextImport::Table t = TextImport::parseCsv(QStringLiteral("1,alpha\n2,beta\n"), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(!t.headerRow);
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(TextImport::entries(t, 1).size(), 2);
    QCOMPARE(TextImport::entries(t, 1).first().text, QStringLiteral("alpha"));
}

void TestTextImport::csvSemicolonAndTab()
{
    QString error;
    const TextImport::Table semi =
        TextImport::parseCsv(QStringLiteral("name;text\na;one, two\nb;three\n"), &error);
    QCOMPARE(semi.delimiter, QLatin1Char(';'));
    QCOMPARE(TextImport::entries(semi, 1, 0).first().text, QStringLiteral("one, two"));
    const TextImport::Table tab = TextImport::parseCsv(QStringLiteral("name\ttext\na\tone; two\n"), &error);
    QCOMPARE(tab.delimiter, QLatin1Char('\t'));
    QCOMPARE(TextImport::entries(tab, 1, 0).first().label, QStringLiteral("a"));
}

void TestTextImport::csvUnterminatedQuote()
{
    QString error;
    const TextImport::Table t = TextImport::parseCsv(QStringLiteral("a,b\n1,\"never closed\n2,x\n"), &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(t.rows.isEmpty());
}

void TestTextImport::csvRaggedRows()
{
    QString error;
    const TextImport::Table t = TextImport::parseCsv(QStringLiteral("a,b,c\n1\n1,2,3,4\n"), &error);
    QCOMPARE(t.columns.size(), 4);
    QCOMPARE(t.columns.at(3), QStringLiteral("Column 4"));
    for (const QStringList &row : t.rows)
        QCOMPARE(row.size(), 4);
}

void TestTextImport::jsonlFieldsAndProblems()
{
    const QString jsonl = QStringLiteral("{\"id\": 1, \"text\": \"hello\", \"meta\": {\"a\": 1}}\n"
                                         "\n"
                                         "not json\n"
                                         "[1, 2]\n"
                                         "{\"id\": 2.5, \"text\": \"world\", \"flag\": true}\n"
                                         "{\"id\": 3}\n");
    QString error;
    const TextImport::Table t = TextImport::parseJsonl(jsonl, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(t.problems.size(), 2);
    QVERIFY(t.problems.at(0).contains(QLatin1String("3")));
    QVERIFY(t.problems.at(1).contains(QLatin1String("4")));
    QVERIFY(t.columns.contains(QStringLiteral("text")));
    QVERIFY(t.columns.contains(QStringLiteral("flag")));
    const int text = int(t.columns.indexOf(QStringLiteral("text")));
    const int id = int(t.columns.indexOf(QStringLiteral("id")));
    const int meta = int(t.columns.indexOf(QStringLiteral("meta")));
    const QList<Entry> e = TextImport::entries(t, text, id);
    QCOMPARE(e.size(), 2); // the record without text is skipped
    QCOMPARE(e[0].text, QStringLiteral("hello"));
    QCOMPARE(e[0].label, QStringLiteral("1"));
    QCOMPARE(e[1].label, QStringLiteral("2.5"));
    QCOMPARE(TextImport::entries(t, meta).first().text, QStringLiteral("{\"a\":1}"));
}

void TestTextImport::jsonlNothingReadable()
{
    QString error;
    TextImport::parseJsonl(QStringLiteral("nope\n[]\n"), &error);
    QVERIFY(!error.isEmpty());
}

void TestTextImport::guessesTheTextColumn()
{
    QString error;
    const TextImport::Table t = TextImport::parseCsv(
        QStringLiteral("id,text,tag\n1,a long sentence here,x\n2,another long one,y\n"), &error);
    QCOMPARE(TextImport::guessTextColumn(t), 1);
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"
