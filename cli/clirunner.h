#pragma once

#include "clioptions.h"

#include "media/attachment.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>

class ChatStream;
class CliHistory;
class EmbedCommand;
class CompareRun;
class QNetworkAccessManager;
class VllmClient;

// Runs one loquat-cli command on the event loop and exits the application with its status:
// 0 done, 1 the server or the network failed, 130 interrupted (SIGINT). Streamed text goes to
// stdout as it arrives, reasoning to stderr; a failure is one line on stderr after whatever
// partial answer was already printed.
class CliRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;
    void start();
    // Stops a running chat (SIGINT): the partial answer stays printed.
    void interrupt();

private:
    void runModels();
    void runChat();
    void runCompare();
    void onCompareFinished();
    // The prompt argument, or standard input for '-'; with requireText a blank one is refused.
    bool readPrompt(QString &prompt, bool requireText);

    void printNewText();
    void onChatFinished();
    void finish(int status);
    // The --image/--video/--audio attachments, prepared; false (message printed) on a refusal.
    bool prepareMedia(AttachmentList &attachments);

    CliOptions m_options;
    QNetworkAccessManager *m_network;
    VllmClient *m_client;
    QPointer<ChatStream> m_stream;
    std::unique_ptr<CliHistory> m_history; // chat --save
    QPointer<EmbedCommand> m_embed;
    CompareRun *m_compare = nullptr;
    qsizetype m_printedContent = 0;
    qsizetype m_printedReasoning = 0;
    bool m_interrupted = false;
    QTemporaryDir m_scaledImages; // images re-encoded for sending live here until the CLI exits
};
