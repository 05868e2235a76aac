#pragma once

#include "api/chatrequest.h"
#include "chat/message.h"
#include "compare/lanespec.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

class CompareChart;
class CompareRun;
class ComparePane;
class ConversationModel;
class DiffView;
class LaneEditor;
class ModelCatalog;
class PresetStore;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QVBoxLayout;
class ServerDirectory;
class VllmClient;

// The Compare page: one prompt (alone, or after the chat's conversation so far) sent to 2–8
// lanes at once, each a model plus a preset and overrides. The answers stream side by side,
// rendered as in the chat; each lane shows what differs from lane 1 and its figures; a chart
// puts speed and length side by side; a word-level diff compares any two lanes. Lanes can be
// made by a sweep, stopped one by one or all, continued in the chat, exported as Markdown or JSON.
// With a ServerDirectory each lane may run on its own server profile (its models listed from that
// server, its key from the keychain); lanes on different servers run at the same time.
class CompareView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    CompareView(VllmClient *client, ConversationModel *conversation, PresetStore *presets,
                QWidget *parent = nullptr);
    ~CompareView() override;

    CompareRun *run() const { return m_run; }
    // The profiles lanes may choose from (not owned). Without one every lane uses the client's server.
    void setServerDirectory(ServerDirectory *directory);
    ModelCatalog *modelCatalog() const { return m_catalog; }
    // Between Run and the lanes starting: their profiles' keys are being read.
    bool isPreparing() const { return m_preparing; }
    // Starts the comparison as the Run button does; false (with the reason shown) when it cannot.
    bool start();
    void setDefaultModel(const QString &model);
    // Replaces the lanes (2–8 are kept; more are refused with a message).
    bool setLanes(const QList<LaneSpec> &lanes);
    void addLane(const LaneSpec &lane = {});
    // A stored request as a lane (its model and parameters, seed included), with its prompt and
    // earlier messages: "replay into a compare lane".
    void addLaneFromRequest(const QJsonObject &body);
    void openSweep();

    QString exportMarkdown() const;
    QJsonObject exportJson() const;
    // Writes the export on a worker thread (never blocking the UI on disk); reports in the message line.
    void saveExport(const QString &path, bool json);

    int laneEditorCount() const { return int(m_editors.size()); }
    LaneEditor *laneEditor(int index) const { return m_editors.at(index); }
    // The panes of the last run (more may be made ahead, hidden, for lanes not yet run).
    int paneCount() const { return m_panesInUse; }
    ComparePane *pane(int index) const { return m_panes.at(index); }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QCheckBox *historyBox() const { return m_history; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QLabel *messageLabel() const { return m_message; }
    CompareChart *chart() const { return m_chart; }
    DiffView *diffView() const { return m_diff; }

signals:
    // The chat should continue from a lane's answer (its conversation, model and parameters), on
    // the lane's server profile ("" for the window's own server).
    void continueInChat(const QList<Message> &conversation, const QString &model, const QJsonObject &params,
                        const QString &profileId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildSetup();
    void renumber();
    void fitSetupToLanes();
    void reloadModels();
    void showModelsOf(LaneEditor *editor);
    void onCatalogChanged(const QString &profileId);
    bool launch(const QString &prompt, const QList<LaneSpec> &lanes, const QList<ChatMessage> &history);
    void updateHistoryBox();
    void showMessage(const QString &text, bool error = false);
    void buildPanes();
    void showNextPane();
    ComparePane *makePane();
    void preparePanesLater();
    void prepareNextPane();
    void refreshChartLater();
    void refreshChart();
    void onLaneChanged(int lane);
    void onLaneFinished(int lane);
    void onRunFinished();
    void openLaneRequest(int lane);
    void continueFrom(int lane);

    VllmClient *m_client;
    ConversationModel *m_conversation;
    PresetStore *m_presets;
    ServerDirectory *m_directory = nullptr;
    ModelCatalog *m_catalog = nullptr;
    bool m_preparing = false;
    quint64 m_prepareGeneration = 0;
    CompareRun *m_run;
    QString m_defaultModel;
    QStringList m_models;
    QList<ChatMessage> m_pinnedHistory; // the earlier messages of a request opened as a lane
    QPlainTextEdit *m_prompt = nullptr;
    QCheckBox *m_history = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_editorsArea = nullptr;
    int m_filesLeftOut = 0;         // the conversation's attachments the running lanes were sent without
    bool m_scrollToNewLane = false; // set by Add lane until the editors' scroll range follows
    QVBoxLayout *m_editorsLayout = nullptr;
    QList<LaneEditor *> m_editors;
    QHBoxLayout *m_panesLayout = nullptr;
    QList<ComparePane *> m_panes; // pane i shows lane i; those past m_panesInUse are hidden
    int m_panesInUse = 0;
    QTimer m_paneMaker;    // makes the next missing pane, one per turn of the event loop
    QTimer m_paneShower;   // gives the next pane its lane and shows it, one per turn of the event loop
    QTimer m_chartRefresh; // coalesces chart updates (see refreshChartLater)
    QTimer m_setupFitter;  // fits the set-up area to the lanes once their layout has followed
    QSplitter *m_splitter = nullptr;
    QWidget *m_setup = nullptr;
    bool m_setupSizedByUser = false; // the splitter was dragged: the set-up area keeps that height
    int m_setupGrowth = 0;           // what fitSetupToLanes took from the answers, to give back
    CompareChart *m_chart = nullptr;
    DiffView *m_diff = nullptr;
};
