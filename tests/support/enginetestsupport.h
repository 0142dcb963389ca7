// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineclient.h"
#include "helpercontainer.h"

#include <KJob>
#include <QFuture>
#include <QFutureWatcher>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

namespace Stasis::Test
{

/// The seed's counter: prints 0, 1, 2, … one a second.
QStringList counterCommand();
/// A counter that wrote /data.txt first and keeps it open for reading (CRIU
/// restores such a file only at the size it had), and keeps /counter.log
/// open for appending each value (a log: CRIU takes it at any size).
QStringList loggingCounterCommand();
/// The top-level entries of an extracted Stasis export, sorted by name.
QStringList exportedTopLevelEntries();
/// The image every sandbox engine has (tools/sandbox imports it offline).
QString sandboxImage();
/// A never-started helper of the tests' own over @p hostFolder, made from
/// sandboxImage() (its busybox can list and inspect what it mounts).
HelperContainer::Spec sandboxHelper(const QString &hostFolder, bool readOnly = true);
/// The counter container @p name: @p command in sandboxImage(), no network,
/// stopped (SIGKILL) one second after SIGTERM.
ContainerSpec counterSpec(const QString &name, const QStringList &command = counterCommand());

/// Waits, running the event loop, until @p future finishes. On its
/// signal: QTest::qWaitFor sleeps 10 ms between rounds of events, which
/// throttles a stream to one socket write per round (a 128 MiB copy took
/// 100 s instead of seconds).
template<typename T>
EngineResult<T> await(QFuture<EngineResult<T>> future, int timeoutMs = 120000)
{
    QFutureWatcher<EngineResult<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && finished.isEmpty() && !finished.wait(timeoutMs)) {
        future.cancel();
        return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("no answer within %1 ms").arg(timeoutMs)});
    }
    return future.result();
}

/// The failure text for QVERIFY2, which evaluates its message even on success.
template<typename T>
QByteArray why(const EngineResult<T> &result)
{
    return result ? QByteArray() : result.error().toString().toLocal8Bit();
}
template<typename T>
QByteArray why(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toLocal8Bit();
}

/// Checkpoints @p container with the project's own job (which retries
/// containerd's transient "content … already exists").
EngineResult<void> checkpoint(EngineClient &client, const QString &container, const CheckpointOptions &options);
/// Starts @p container from @p checkpoint with the project's own RestoreJob.
EngineResult<void> restore(EngineClient &client, const QString &container, const QString &checkpoint);

/// A client connected to the engine named by DOCKER_HOST, or the reason why
/// there is none (the tests fail with it: they never pass without an engine).
std::expected<EngineClient *, QString> connectToSandbox(QObject *parent);
/// Stasis's helper containers on @p client's engine (any program's), by label.
EngineResult<QList<ContainerSummary>> helperContainers(EngineClient &client);

/// A client for the engine at @p host (a DOCKER_HOST URL), connected.
std::expected<EngineClient *, QString> connectTo(const QString &host, QObject *parent);
/// A client for the engine at @p endpoint (its TLS included), connected.
std::expected<EngineClient *, QString> connectTo(const EngineEndpoint &endpoint, QObject *parent);

/// Runs this checkout's `tools/sandbox ARGS...`; its standard output, or why it failed.
std::expected<QString, QString> runSandbox(const QStringList &arguments);
/// This process's environment without TLS settings, with the KEY=VALUE lines
/// `tools/sandbox up` @p printed on top.
QProcessEnvironment sandboxEnvironment(const QString &printed);
/// Runs the Docker CLI (`docker ARGS...`) against DOCKER_HOST, for what
/// Stasis itself never asks an engine (tagging, removing, committing images);
/// its standard output, or why it failed.
std::expected<QString, QString> dockerCli(const QStringList &arguments);
/// Runs @p program (from PATH) with @p arguments in @p folder; its standard
/// output, or why it failed.
std::expected<QString, QString> runIn(const QString &folder, const QString &program, const QStringList &arguments);

/// Creates the container counterSpec(@p name, @p command); its id.
EngineResult<QString> createCounter(EngineClient &client, const QString &name, const QStringList &command = counterCommand());
/// Creates and starts the container counterSpec(@p name, @p command); its id.
EngineResult<QString> startCounter(EngineClient &client, const QString &name, const QStringList &command = counterCommand());

/// The integers of a counter container's log, in order.
QList<int> counterValues(const QByteArray &log);

/// The counter's values once @p container stopped with its checkpoint.
EngineResult<QList<int>> frozenValues(EngineClient &client, const QString &container);

/// Starts @p job (auto-delete off: the test inspects it) and waits for its result; false on time-out.
bool runJob(KJob *job, int timeoutMs = 120000);
/// The failure text of a finished job for QVERIFY2; empty when it succeeded.
QByteArray jobFailure(const KJob *job);

/// Counter containers named with a prefix unique to the test run, removed
/// (with force) when the fixture goes.
class CounterContainers
{
public:
    CounterContainers(EngineClient *&client, const QString &test);
    ~CounterContainers();
    Q_DISABLE_COPY_MOVE(CounterContainers)

    /// Creates (and with @p start, starts) the counter prefix + @p suffix; its name.
    EngineResult<QString> add(const QString &suffix, bool start = true, const QStringList &command = counterCommand());
    /// The name prefix + @p suffix, removed with the others when the test made it itself.
    QString name(const QString &suffix)
    {
        m_names.append(m_prefix + suffix);
        return m_names.last();
    }

private:
    EngineClient *&m_client;
    QString m_prefix;
    QStringList m_names;
};

/// Polls the container's log until it holds at least @p count values.
EngineResult<QList<int>> waitForCounterValues(EngineClient &client, const QString &container, int count, int timeoutMs = 30000);
/// Waits for three more values after the first @p valuesBefore of @p
/// container's counter log, and checks that they go on from @p frozenLast
/// one by one (a restore continued the count); why not, when they do not.
std::expected<void, QString> countsOnFrom(EngineClient &client, const QString &container, qsizetype valuesBefore, int frozenLast);

} // namespace Stasis::Test
