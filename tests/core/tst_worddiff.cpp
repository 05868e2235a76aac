// WordDiff (core/compare): word-level differences between two answers.

#include "compare/worddiff.h"

#include <QTest>

namespace {
using Op = WordDiffPiece::Op;

QString join(const QList<WordDiffPiece> &pieces, Op skip)
{
    QString out;
    for (const WordDiffPiece &p : pieces) {
        if (p.op != skip)
            out += p.text;
    }
    return out;
}
} // namespace

class TestWordDiff final : public QObject {
    Q_OBJECT

private slots:
    void wordsKeepTheirSpace()
    {
        QCOMPARE(WordDiff::words(QStringLiteral("  a bb\n\nc ")),
                 (QStringList{QStringLiteral("  a"), QStringLiteral(" bb"), QStringLiteral("\n\nc"),
                              QStringLiteral(" ")}));
        QVERIFY(WordDiff::words(QString()).isEmpty());
    }

    void identical()
    {
        const QList<WordDiffPiece> d =
            WordDiff::diff(QStringLiteral("the quick fox"), QStringLiteral("the quick fox"));
        QCOMPARE(d, (QList<WordDiffPiece>{{Op::Same, QStringLiteral("the quick fox")}}));
        QCOMPARE(WordDiff::similarity(d), 1.0);
    }

    void replacementInTheMiddle()
    {
        const QString a = QStringLiteral("The quick brown fox jumps.");
        const QString b = QStringLiteral("The slow brown dog jumps.");
        const QList<WordDiffPiece> d = WordDiff::diff(a, b);
        QCOMPARE(d, (QList<WordDiffPiece>{{Op::Same, QStringLiteral("The")},
                                          {Op::Removed, QStringLiteral(" quick")},
                                          {Op::Added, QStringLiteral(" slow")},
                                          {Op::Same, QStringLiteral(" brown")},
                                          {Op::Removed, QStringLiteral(" fox")},
                                          {Op::Added, QStringLiteral(" dog")},
                                          {Op::Same, QStringLiteral(" jumps.")}}));
        QCOMPARE(join(d, Op::Removed), b);
        QCOMPARE(join(d, Op::Added), a);
        QCOMPARE(WordDiff::similarity(d), 0.6);
    }

    void insertionsAndDeletions()
    {
        const QList<WordDiffPiece> added = WordDiff::diff(QStringLiteral("a c"), QStringLiteral("a b c d"));
        QCOMPARE(added, (QList<WordDiffPiece>{{Op::Same, QStringLiteral("a")},
                                              {Op::Added, QStringLiteral(" b")},
                                              {Op::Same, QStringLiteral(" c")},
                                              {Op::Added, QStringLiteral(" d")}}));
        const QList<WordDiffPiece> removed = WordDiff::diff(QStringLiteral("x y z"), QString());
        QCOMPARE(removed, (QList<WordDiffPiece>{{Op::Removed, QStringLiteral("x y z")}}));
        QCOMPARE(WordDiff::similarity(removed), 0.0);
        QCOMPARE(WordDiff::diff(QString(), QString()), QList<WordDiffPiece>{});
    }

    void reflowIsNoChange()
    {
        const QList<WordDiffPiece> d =
            WordDiff::diff(QStringLiteral("one two three"), QStringLiteral("one\ntwo  three"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().op, Op::Same);
        QCOMPARE(d.first().text, QStringLiteral("one\ntwo  three"));
    }

    void longTextsStayBounded()
    {
        QString a, b;
        for (int i = 0; i < WordDiff::kMaxWords + 10; ++i) {
            a += QStringLiteral(" a%1").arg(i);
            b += QStringLiteral(" b%1").arg(i);
        }
        const QString shared = QStringLiteral("head");
        const QList<WordDiffPiece> d =
            WordDiff::diff(shared + a + QStringLiteral(" tail"), shared + b + QStringLiteral(" tail"));
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.at(0), (WordDiffPiece{Op::Same, shared}));
        QCOMPARE(d.at(1).op, Op::Removed);
        QCOMPARE(d.at(2).op, Op::Added);
        QCOMPARE(d.at(3), (WordDiffPiece{Op::Same, QStringLiteral(" tail")}));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
