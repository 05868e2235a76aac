// SamplingPanel (ui/sampling): fields typed as a person would, "server default" versus explicit,
// errors at the field, rules between fields, Advanced JSON, the request preview and presets.

#include "sampling/presetstore.h"
#include "sampling/samplingfieldeditor.h"
#include "sampling/samplingpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSamplingPanel final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<SamplingPanel> m_panel;

    void type(const QString &key, const QString &text)
    {
        SamplingFieldEditor *editor = m_panel->editor(key);
        QVERIFY2(editor, qPrintable(key));
        if (auto *line = qobject_cast<QLineEdit *>(editor->editor())) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Backspace);
            QTest::keyClicks(line, text);
        } else if (auto *box = qobject_cast<QPlainTextEdit *>(editor->editor())) {
            box->setPlainText(text);
        }
    }

private slots:
    void init()
    {
        m_presets = std::make_unique<PresetStore>(m_dir.filePath(
            QStringLiteral("presets-%1.json").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_panel = std::make_unique<SamplingPanel>(m_presets.get());
        m_panel->resize(420, 900);
        m_panel->show();
    }
    void cleanup()
    {
        m_panel.reset();
        m_presets.reset();
    }

    void everythingStartsAtTheServerDefault()
    {
        for (const SamplingField &field : SamplingFields::all()) {
            SamplingFieldEditor *editor = m_panel->editor(field.key);
            QVERIFY2(editor, qPrintable(field.key));
            QVERIFY(!editor->isExplicit());
            QVERIFY(editor->explicitBox()->toolTip().contains(field.key));
        }
        QVERIFY(m_panel->params().isEmpty());
        QVERIFY(m_panel->issues().isEmpty());
        QCOMPARE(m_panel->presetPicker()->currentText(), QStringLiteral("(custom)"));
    }

    void typingSetsExactlyThatField()
    {
        QSignalSpy changed(m_panel.get(), &SamplingPanel::paramsChanged);
        type(QStringLiteral("temperature"), QStringLiteral("0.5"));
        QVERIFY(m_panel->editor(QStringLiteral("temperature"))->isExplicit());
        QCOMPARE(m_panel->params(), (QJsonObject{{QStringLiteral("temperature"), 0.5}}));
        QVERIFY(changed.count() > 0);
        type(QStringLiteral("top_k"), QStringLiteral("40"));
        type(QStringLiteral("stop"), QStringLiteral("\\n\\nEND\nSTOP"));
        QCOMPARE(m_panel->params(),
                 (QJsonObject{{QStringLiteral("temperature"), 0.5},
                              {QStringLiteral("top_k"), 40},
                              {QStringLiteral("stop"),
                               QJsonArray{QStringLiteral("\n\nEND"), QStringLiteral("STOP")}}}));
        // A flag: ticking it sends `false` explicitly, which is not the same as not sending it.
        m_panel->editor(QStringLiteral("skip_special_tokens"))->explicitBox()->setChecked(true);
        QCOMPARE(m_panel->params().value(QLatin1String("skip_special_tokens")), QJsonValue(false));
        // Reset one; reset all.
        m_panel->editor(QStringLiteral("top_k"))->reset();
        QVERIFY(!m_panel->params().contains(QLatin1String("top_k")));
        m_panel->resetAll();
        QVERIFY(m_panel->params().isEmpty());
    }

    void outOfRangeShownAtTheFieldAndNotSent()
    {
        QSignalSpy validity(m_panel.get(), &SamplingPanel::validityChanged);
        type(QStringLiteral("top_p"), QStringLiteral("1.5"));
        SamplingFieldEditor *topP = m_panel->editor(QStringLiteral("top_p"));
        QCOMPARE(topP->error(), QStringLiteral("Top p must be in (0, 1], not 1.5."));
        QVERIFY(topP->errorLabel()->isVisible());
        QVERIFY(!m_panel->params().contains(QLatin1String("top_p")));
        QCOMPARE(m_panel->issues().size(), 1);
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.first().first().toBool(), false);
        type(QStringLiteral("top_p"), QStringLiteral("abc"));
        QCOMPARE(topP->error(), QStringLiteral("\"abc\" is not a number."));
        type(QStringLiteral("top_p"), QStringLiteral("0.9"));
        QVERIFY(topP->error().isEmpty());
        QVERIFY(!topP->errorLabel()->isVisible());
        QVERIFY(m_panel->issues().isEmpty());
        QCOMPARE(validity.last().first().toBool(), true);
    }

    void rulesBetweenFieldsShownAtTheField()
    {
        type(QStringLiteral("n"), QStringLiteral("3"));
        type(QStringLiteral("temperature"), QStringLiteral("0"));
        QVERIFY(m_panel->editor(QStringLiteral("n"))->errorLabel()->isVisible());
        QVERIFY(m_panel->editor(QStringLiteral("n"))
                    ->errorLabel()
                    ->text()
                    .contains(QStringLiteral("temperature above 0")));
        QCOMPARE(m_panel->issues().first().key, QStringLiteral("n"));
        type(QStringLiteral("temperature"), QStringLiteral("0.8"));
        QVERIFY(m_panel->issues().isEmpty());
        QVERIFY(!m_panel->editor(QStringLiteral("n"))->errorLabel()->isVisible());
    }

    void structuredOutputAndReasoning()
    {
        type(QStringLiteral("structured_outputs.json"),
             QStringLiteral("{\"type\": \"object\",\n \"properties\": {"));
        const QString parseError = m_panel->editor(QStringLiteral("structured_outputs.json"))->error();
        QVERIFY2(parseError.startsWith(QStringLiteral("Not valid JSON at line 2")), qPrintable(parseError));
        type(QStringLiteral("structured_outputs.json"), QStringLiteral("{\"type\": \"objekt\"}"));
        QVERIFY(m_panel->editor(QStringLiteral("structured_outputs.json"))
                    ->error()
                    .contains(QStringLiteral("\"type\" must be one of")));
        type(QStringLiteral("structured_outputs.json"),
             QStringLiteral("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}"));
        QVERIFY(m_panel->issues().isEmpty());
        m_panel->editor(QStringLiteral("chat_template_kwargs.enable_thinking"))
            ->explicitBox()
            ->setChecked(true);
        auto *effort =
            qobject_cast<QComboBox *>(m_panel->editor(QStringLiteral("reasoning_effort"))->editor());
        effort->setCurrentIndex(effort->findText(QStringLiteral("high")));
        emit effort->activated(effort->currentIndex());
        const QJsonObject params = m_panel->params();
        QCOMPARE(params.value(QLatin1String("structured_outputs"))
                     .toObject()
                     .value(QLatin1String("json"))
                     .toObject()
                     .value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("object")));
        QCOMPARE(params.value(QLatin1String("chat_template_kwargs")).toObject(),
                 (QJsonObject{{QStringLiteral("enable_thinking"), false}}));
        QCOMPARE(params.value(QLatin1String("reasoning_effort")), QJsonValue(QStringLiteral("high")));
        // A second kind of constraint is refused before sending.
        type(QStringLiteral("structured_outputs.regex"), QStringLiteral("(yes|no)"));
        QCOMPARE(m_panel->issues().first().key, QStringLiteral("structured_outputs"));
    }

    void advancedJsonMergesUnknownFields()
    {
        m_panel->advancedEdit()->setPlainText(
            QStringLiteral("{\"logit_bias\": {\"42\": -100}, \"priority\": 2, "
                           "\"chat_template_kwargs\": {\"custom\": 1}}"));
        type(QStringLiteral("temperature"), QStringLiteral("0.3"));
        m_panel->editor(QStringLiteral("chat_template_kwargs.enable_thinking"))
            ->explicitBox()
            ->setChecked(true);
        const QJsonObject params = m_panel->params();
        QCOMPARE(params.value(QLatin1String("logit_bias")).toObject(),
                 (QJsonObject{{QStringLiteral("42"), -100}}));
        QCOMPARE(params.value(QLatin1String("priority")), QJsonValue(2));
        QCOMPARE(params.value(QLatin1String("chat_template_kwargs")).toObject(),
                 (QJsonObject{{QStringLiteral("custom"), 1}, {QStringLiteral("enable_thinking"), false}}));
        // The preview is the final body.
        const QJsonObject preview =
            QJsonDocument::fromJson(m_panel->previewEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(preview, params);

        for (const auto &[text, error] : QList<QPair<QString, QString>>{
                 {QStringLiteral("{\"temperature\": 2}"),
                  QStringLiteral("\"temperature\" is a field of the form above; set it there.")},
                 {QStringLiteral("{\"model\": \"x\"}"),
                  QStringLiteral("Advanced JSON cannot set \"model\": the app sets it.")},
                 {QStringLiteral("[1]"),
                  QStringLiteral("Advanced JSON must be one object: {\"field\": value, …}.")},
             }) {
            m_panel->advancedEdit()->setPlainText(text);
            QCOMPARE(m_panel->advancedError()->text(), error);
            QVERIFY(!m_panel->issues().isEmpty());
        }
        m_panel->advancedEdit()->setPlainText(QStringLiteral("{\"priority\": "));
        QVERIFY(
            m_panel->advancedError()->text().startsWith(QStringLiteral("Advanced JSON is not valid JSON")));
        m_panel->advancedEdit()->clear();
        QVERIFY(m_panel->issues().isEmpty());
    }

    void setParamsSplitsFormAndAdvanced()
    {
        const QJsonObject params{{QStringLiteral("top_p"), 0.8},
                                 {QStringLiteral("max_tokens"), 99},
                                 {QStringLiteral("bad_words"), QJsonArray{QStringLiteral("x")}},
                                 {QStringLiteral("stop_token_ids"), QJsonArray{1, 2}}};
        m_panel->setParams(params);
        QCOMPARE(qobject_cast<QLineEdit *>(m_panel->editor(QStringLiteral("top_p"))->editor())->text(),
                 QStringLiteral("0.8"));
        QCOMPARE(
            qobject_cast<QLineEdit *>(m_panel->editor(QStringLiteral("stop_token_ids"))->editor())->text(),
            QStringLiteral("1, 2"));
        QVERIFY(m_panel->advancedEdit()->toPlainText().contains(QStringLiteral("bad_words")));
        // The budget's older name is shown in the one field and sent under the preferred name.
        const QJsonObject out = m_panel->params();
        QCOMPARE(out.value(QLatin1String("max_completion_tokens")), QJsonValue(99));
        QVERIFY(!out.contains(QLatin1String("max_tokens")));
        QCOMPARE(out.value(QLatin1String("bad_words")), QJsonValue(QJsonArray{QStringLiteral("x")}));
    }

    void presetsApplyAndFollowTheModel()
    {
        m_panel->applyPreset(QStringLiteral("Creative"));
        QCOMPARE(m_panel->params(), m_presets->find(QStringLiteral("Creative"))->params);
        QCOMPARE(m_panel->presetName(), QStringLiteral("Creative"));
        QCOMPARE(m_panel->presetPicker()->currentData().toString(), QStringLiteral("Creative"));
        // Editing a field leaves the preset.
        type(QStringLiteral("seed"), QStringLiteral("5"));
        QCOMPARE(m_panel->presetName(), QString());
        QString error;
        QVERIFY(m_presets->save(QStringLiteral("Mine"), m_panel->params(), &error));
        QVERIFY(m_panel->presetPicker()->findData(QStringLiteral("Mine")) > 0);
        m_presets->setDefaultFor(QStringLiteral("sim-reasoner"), QStringLiteral("Mine"));
        m_panel->resetAll();
        m_panel->setModel(QStringLiteral("sim-chat")); // no default: unchanged
        QVERIFY(m_panel->params().isEmpty());
        m_panel->setModel(QStringLiteral("sim-reasoner"));
        QCOMPARE(m_panel->presetName(), QStringLiteral("Mine"));
        QCOMPARE(m_panel->params().value(QLatin1String("seed")), QJsonValue(5));
    }

    void previewUsesTheChatsRequest()
    {
        m_panel->setPreviewFunction([](const QJsonObject &params) {
            QJsonObject body = params;
            body.insert(QStringLiteral("model"), QStringLiteral("sim-chat"));
            return body;
        });
        type(QStringLiteral("min_p"), QStringLiteral("0.1"));
        const QJsonObject preview =
            QJsonDocument::fromJson(m_panel->previewEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(preview, (QJsonObject{{QStringLiteral("model"), QStringLiteral("sim-chat")},
                                       {QStringLiteral("min_p"), 0.1}}));
    }
};

QTEST_MAIN(TestSamplingPanel)
#include "tst_samplingpanel.moc"
