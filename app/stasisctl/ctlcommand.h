// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class KJob;
class QCommandLineOption;
class QCommandLineParser;

namespace Stasis
{

class EngineClient;
struct RestoreRequest;

/// One stasisctl invocation: parses the words after the global options,
/// runs them against the engine, and reports an exit code.
class CtlCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlCommand)

public:
    /// @p words: the command and its arguments, e.g. {"checkpoint", "ls", "cr"}.
    CtlCommand(EngineClient *client, const QStringList &words, QObject *parent = nullptr);

    void start();
    /// False for commands that work without an engine (inspect).
    static bool needsEngine(const QStringList &words);

Q_SIGNALS:
    void finished(int exitCode);

private:
    static const QCommandLineOption checkpointDirOption;
    /// Parses @p arguments for the command @p name; an empty error means success.
    static QString parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments, qsizetype positionalCount, const QString &usage);
    void checkpointCreate(const QStringList &arguments);
    void checkpointList(const QStringList &arguments);
    void checkpointRemove(const QStringList &arguments);
    void checkpointRestore(const QStringList &arguments);
    void startContainer(const QStringList &arguments);
    // Archives (ctlarchivecommands.cpp).
    void checkpointExport(const QStringList &arguments);
    void checkpointImport(const QStringList &arguments);
    void checkpointInspect(const QStringList &arguments);
    /// Creates @p container from the recipe of source.container, then restores into it.
    /// Runs @p job, prints its messages, and succeeds with @p output.
    void restore(const RestoreRequest &request);
    void runJob(KJob *job, const QString &output);
    void succeed(const QString &output = {});
    void fail(const QString &message, int exitCode = 1);

    EngineClient *m_client;
    QStringList m_words;
};

} // namespace Stasis
