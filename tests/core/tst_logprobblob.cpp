// LogprobBlob: the store's compact form of an answer's token log probabilities round-trips
// exactly, stays small for a long answer with alternatives, and a damaged blob reads as none.

#include "store/logprobblob.h"
#include "store/messagejson.h"

#include <QJsonDocument>
#include <QTest>

namespace {
// A long answer as vLLM returns it with top_logprobs 5: short tokens, varied probabilities.
TokenLogprobList longAnswer(int tokens, int top)
{
    static const QStringList words = {
        QStringLiteral(" the"), QStringLiteral(" model"), QStringLiteral(","),       QStringLiteral(" vLLM"),
        QStringLiteral(" é"),   QStringLiteral("🙂"),   QStringLiteral(" tokens"), QStringLiteral("\n")};
    TokenLogprobList list;
    for (int i = 0; i < tokens; ++i) {
        TokenLogprob token{words.at(i % words.size()), -0.001 * (i % 997) - 0.0001 * i, {}};
        for (int t = 0; t < top; ++t)
            token.top.append(TopLogprob{words.at((i + t) % words.size()), token.logprob - t * 0.731});
        list.append(token);
    }
    return list;
}
} // namespace

class TestLogprobBlob : public QObject {
    Q_OBJECT

private slots:
    void roundTripsExactly()
    {
        const TokenLogprobList tokens = {
            TokenLogprob{QStringLiteral("Hel"), -0.123456789012345, {TopLogprob{QStringLiteral("Hi"), -2.5}}},
            TokenLogprob{QString(), -9999.0, {}}, // the server's floor, and an empty token
            TokenLogprob{QStringLiteral("ö🙂\n\t\""), 0.0, {TopLogprob{QString(), -1e-12}}},
        };
        QCOMPARE(LogprobBlob::decode(LogprobBlob::encode(tokens)), tokens);
        QVERIFY(LogprobBlob::encode({}).isEmpty());
        QVERIFY(LogprobBlob::decode({}).isEmpty());
    }

    void aLongAnswerStaysSmall()
    {
        const TokenLogprobList tokens = longAnswer(4000, 5);
        const QByteArray blob = LogprobBlob::encode(tokens);
        QCOMPARE(LogprobBlob::decode(blob), tokens);
        const qsizetype json =
            QJsonDocument(MessageJson::logprobsToJson(tokens)).toJson(QJsonDocument::Compact).size();
        qInfo("4,000 tokens x top-5: blob %lld bytes, JSON %lld bytes", qlonglong(blob.size()),
              qlonglong(json));
        QVERIFY2(blob.size() < json / 3, qPrintable(QString::number(blob.size())));
    }

    void aDamagedBlobReadsAsNone()
    {
        const QByteArray blob = LogprobBlob::encode(longAnswer(50, 3));
        QVERIFY(LogprobBlob::decode(QByteArray("not a blob")).isEmpty());
        QVERIFY(LogprobBlob::decode(blob.left(blob.size() / 2)).isEmpty());
        // Well compressed, but cut short or of another kind inside.
        const QByteArray raw = qUncompress(blob);
        QVERIFY(LogprobBlob::decode(qCompress(raw.left(raw.size() - 3))).isEmpty());
        QByteArray other = raw;
        other[0] = 'X';
        QVERIFY(LogprobBlob::decode(qCompress(other)).isEmpty());
    }

    void jsonIsTheServersShape()
    {
        const TokenLogprobList tokens = longAnswer(3, 2);
        const QJsonArray json = MessageJson::logprobsToJson(tokens);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("token")).toString(), tokens.at(0).token);
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("top_logprobs")).toArray().size(), 2);
        QCOMPARE(MessageJson::logprobsFromJson(json), tokens);
    }
};

QTEST_GUILESS_MAIN(TestLogprobBlob)
#include "tst_logprobblob.moc"
