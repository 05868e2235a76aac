#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class ChatSession;
class CompareView;
class EmbeddingsPanel;
class MainWindow;
class PresetStore;

// LOQUAT_SCREENSHOT=file.png: puts a scene on screen by driving the real widgets as a person
// would, saves a picture of the window and quits. It takes the README's and the user guide's
// screenshots (tools/screenshots.sh runs every scene against loquat-sim) and lets CI look at the
// UI. A developer tool: its messages go to stderr untranslated.
//
//   LOQUAT_SCREENSHOT_SCENE   (unset)      the window as it starts, after LOQUAT_SCREENSHOT_DELAY_MS
//                             chat         LOQUAT_SCREENSHOT_PROMPT is sent once a model is chosen;
//                                          taken when the answer has finished
//                             attachments  LOQUAT_SCREENSHOT_FILES (':'-separated) are attached and
//                                          sent with the prompt; once answered they are attached
//                                          again, so the composer shows them too
//                             compare      the prompt runs on the Compare tab in the lanes of
//                                          LOQUAT_SCREENSHOT_LANES ('|'-separated, as loquat-cli
//                                          compare --lane); taken when every lane has finished
//                             embeddings   the lines of LOQUAT_SCREENSHOT_TEXTS (a file) are computed
//                                          on the Embeddings tab's server and shown clustered; with
//                                          LOQUAT_SCREENSHOT_QUERY the Search tab ranks them too
//   LOQUAT_SCREENSHOT_SIZE    WIDTHxHEIGHT of the window
//   LOQUAT_SCREENSHOT_DOCKS   the docks to keep shown (object names, ','-separated: historyDock,
//                             samplingDock); unset keeps them as they are
//   LOQUAT_SCREENSHOT_DELAY_MS the wait without a scene (default 8000), else the longest wait for
//                             the scene (default 60000): a scene not ready by then is saved as it is
//                             and the exit status is 1
class ScreenshotScene final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotScene)

public:
    struct Parts {
        MainWindow *window = nullptr;
        ChatSession *session = nullptr;
        CompareView *compare = nullptr;
        EmbeddingsPanel *embeddings = nullptr;
        PresetStore *presets = nullptr;
    };

    // Does nothing unless LOQUAT_SCREENSHOT is set; call once the window is shown.
    static void startFromEnvironment(const Parts &parts);

private:
    ScreenshotScene(const Parts &parts, const QString &path);

    void arrangeWindow();
    void run(const QString &scene);
    void chat(bool withAttachments);
    void compare();
    void embeddings();
    void sendPrompt();
    // Calls `then` once `ready` holds (polled: a screenshot is no place for clever waiting).
    void when(std::function<bool()> ready, std::function<void()> then);
    // Lets the last repaints and thumbnails land, then saves the picture and quits.
    void takeSoon();
    void take(bool complete);
    static void fail(const QString &message);

    Parts m_parts;
    QString m_path;
    QString m_prompt;
    QStringList m_files;
    QTimer m_deadline;
    bool m_taken = false;
};
