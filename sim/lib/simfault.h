#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

// One way for the simulator to misbehave. Written as a spec string, `name[:arg[:arg2]]`, in the
// `--fault` option and in `/sim fault=...` directives; see sim/README.md for the full list.
//
//   refuse                      close the connection as soon as the request arrives (no response)
//   reset-before-headers        read the request, then close the socket without a response
//   reset-after-headers         send the 200 SSE headers, then close
//   stall-before-first-byte[:MS]  headers, then silence for MS ms (0 or absent: forever)
//   stall-mid-stream:K[:MS]     after K deltas, silence for MS ms (0 or absent: forever)
//   drop-after:K                close the connection after K deltas (no [DONE])
//   drop-mid-utf8               cut the connection inside a multi-byte UTF-8 character
//   drop-mid-event[:K]          after K deltas, write the next event up to the middle of its token, then
//   close split-bytes[:SEED]          write every event in random pieces (many 1-byte), each flushed
//   error-event-after:K         after K deltas: vLLM's in-stream 500 error event, then [DONE]
//   error-event-first           an in-stream 400 error (logprobs limit) before any chunk
//   malformed-chunk[:K]         after K deltas (default 1) a `data: {not json` event
//   http-status:N               answer N with the server's exact error body (400/401/404/429/500/503/...)
//   fail-times:N                the next N attempts answer 503, then requests succeed
//   redirect[:PORT]             307 to /redirected/v1/... (or to the same path on PORT)
//   redirect-loop               307 forever
//   huge-event[:BYTES]          one content delta of BYTES (default and 0: 10 MiB)
//   never-end                   stream tokens forever
//   no-done                     finish normally but leave out `data: [DONE]`
struct SimFault {
    enum class Kind {
        None,
        Refuse,
        ResetBeforeHeaders,
        ResetAfterHeaders,
        StallBeforeFirstByte,
        StallMidStream,
        DropAfter,
        DropMidUtf8,
        DropMidEvent,
        SplitBytes,
        ErrorEventAfter,
        ErrorEventFirst,
        MalformedChunk,
        HttpStatus,
        FailTimes,
        Redirect,
        RedirectLoop,
        HugeEvent,
        NeverEnd,
        NoDone,
    };

    Kind kind = Kind::None;
    qint64 count = 0; // K (deltas), N (status, attempts), BYTES, PORT or SEED, by kind
    int ms = 0;       // stall length; 0 means forever

    bool isNone() const { return kind == Kind::None; }

    // Convenience constructors for tests.
    static SimFault make(Kind kind, qint64 count = 0, int ms = 0) { return SimFault{kind, count, ms}; }
    static SimFault httpStatus(int status) { return make(Kind::HttpStatus, status); }

    // Parses a spec; on failure returns a None fault and sets *error.
    static SimFault parse(QStringView spec, QString *error = nullptr);
    QString toString() const;
};
