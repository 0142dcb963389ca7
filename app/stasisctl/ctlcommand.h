// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "jobqueue.h"
#include "movepreflightjob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class KJob;
class QCommandLineOption;
class QCommandLineParser;

namespace Stasis
{

class EngineClient;
class EngineEndpoint;
class EngineSession;
class Workspace;
struct RestoreRequest;

/// One stasisctl invocation: parses the words after the global options,
/// runs them against the engine, and reports an exit code.
class CtlCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlCommand)

public:
    /// @p words: the command and its arguments, e.g. {"checkpoint", "ls", "cr"}.
    /// Jobs run in @p workspace's queue, on its session's engine.
    CtlCommand(Workspace *workspace, const QStringList &words, QObject *parent = nullptr);

    void start();
    /// Connects to a target engine (move --to) even over an insecure connection.
    void setAllowInsecure(bool allow)
    {
        m_allowInsecure = allow;
    }
    /// False for commands that work without an engine (inspect).
    static bool needsEngine(const QStringList &words);
    /// What stasisctl says before it connects to @p endpoint: its warnings on
    /// stderr, and its insecurity (EngineEndpoint::insecurity()), a warning
    /// too with @p allowInsecure, else the answer: why it does not connect.
    /// Empty: go ahead.
    static QString checkBeforeConnecting(const EngineEndpoint &endpoint, bool allowInsecure);

Q_SIGNALS:
    void finished(int exitCode);

private:
    static const QCommandLineOption checkpointDirOption;
    /// With --create: create the container even when its configuration reaches the host (HostAccess).
    static const QCommandLineOption allowHostConfigOption;
    /// Parses @p arguments, expecting @p positionalCount positional ones;
    /// on a usage error, fails with exit code 2 and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, qsizetype positionalCount, const QString &usage);
    /// parse() with a `--format` option whose choices are @p plain (the
    /// default) and json: whether json was asked for; nullopt after failing.
    std::optional<bool>
    parseWithFormat(QCommandLineParser &parser, const QStringList &arguments, qsizetype positionalCount, const QString &usage, const QString &plain);
    void checkpointCreate(const QStringList &arguments);
    void checkpointList(const QStringList &arguments);
    void checkpointRemove(const QStringList &arguments);
    void checkpointRestore(const QStringList &arguments);
    void startContainer(const QStringList &arguments);
    // Archives (ctlarchivecommands.cpp).
    void checkpointExport(const QStringList &arguments);
    void checkpointImport(const QStringList &arguments);
    void checkpointInspect(const QStringList &arguments);
    void restore(const RestoreRequest &request);
    // Moves (ctlmovecommand.cpp).
    void move(const QStringList &arguments);
    /// move --dry-run: prints the pre-flight's report.
    void preflight(const MovePreflightJob::Request &request);
    /// Runs the job that @p enqueue queues, prints its messages, and succeeds
    /// with @p output; @p atEnd sees the job when it ended, before that.
    void runJob(const std::function<JobQueue::Id()> &enqueue, const QString &output, const std::function<void(KJob *)> &atEnd = {});
    EngineClient *client() const;
    void succeed(const QString &output = {});
    void fail(const QString &message, int exitCode = 1);

    Workspace *m_workspace;
    QStringList m_words;
    QPointer<KJob> m_job;
    bool m_allowInsecure = false;
    /// The engine of move --to.
    EngineSession *m_target = nullptr;
};

} // namespace Stasis
