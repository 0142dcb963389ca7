// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginetestsupport.h"

#include "createcheckpointjob.h"
#include "helpercontainer.h"
#include "restorejob.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

namespace Stasis::Test
{

QStringList counterCommand()
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
}

QString sandboxImage()
{
    return QStringLiteral("busybox:latest");
}

namespace
{
/// Runs @p job to its end; its engine error when it failed.
template<typename Job>
EngineResult<void> runJob(Job *job)
{
    std::unique_ptr<Job> owner(job);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &KJob::result);
    job->start();
    if (!finished.wait(120000)) {
        return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("the job did not finish within 120 s")});
    }
    if (job->error()) {
        EngineError error = job->engineError();
        error.message = job->errorText();
        return std::unexpected(error);
    }
    return {};
}
} // namespace

EngineResult<QList<ContainerSummary>> helperContainers(EngineClient &client)
{
    return await(client.listContainers(ContainerFilter{{}, {}, QString(HelperContainer::label) + QLatin1String("=true")})).transform([](const ContainerList &list) {
        return list.containers;
    });
}

EngineResult<void> checkpoint(EngineClient &client, const QString &container, const CheckpointOptions &options)
{
    return runJob(new CreateCheckpointJob(&client, container, options));
}

EngineResult<void> restore(EngineClient &client, const QString &container, const QString &checkpoint)
{
    return runJob(new RestoreJob(&client, container, checkpoint));
}

std::expected<EngineClient *, QString> connectToSandbox(QObject *parent)
{
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (host.isEmpty()) {
        return std::unexpected(QStringLiteral("DOCKER_HOST is not set: run the suite through tools/test, or export the line `tools/sandbox up` prints"));
    }
    return connectTo(host, parent);
}

std::expected<EngineClient *, QString> connectTo(const QString &host, QObject *parent)
{
    const auto endpoint = EngineEndpoint::parse(host);
    if (!endpoint) {
        return std::unexpected(endpoint.error());
    }
    auto *client = new EngineClient(*endpoint, parent);
    const auto ping = await(client->connectToEngine(), 15000);
    if (!ping) {
        delete client;
        return std::unexpected(QStringLiteral("the sandbox engine at %1 is unreachable: %2").arg(host, ping.error().toString()));
    }
    return client;
}

std::expected<QString, QString> runSandbox(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(STASIS_SOURCE_DIR "/tools/sandbox"));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::unexpected(QStringLiteral("tools/sandbox %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError())));
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QList<int> counterValues(const QByteArray &log)
{
    QList<int> values;
    for (const QByteArray &line : log.split('\n')) {
        bool ok = false;
        const int value = line.trimmed().toInt(&ok);
        if (ok) {
            values.append(value);
        }
    }
    return values;
}

EngineResult<QList<int>> waitForCounterValues(EngineClient &client, const QString &container, int count, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QList<int> values;
    while (elapsed.elapsed() < timeoutMs) {
        const auto log = await(client.logs(container), timeoutMs);
        if (!log) {
            return std::unexpected(log.error());
        }
        values = counterValues(*log);
        if (values.size() >= count) {
            return values;
        }
        // No engine event says "the container printed a line"; poll gently.
        QTest::qWait(200);
    }
    return std::unexpected(EngineError{EngineError::Kind::Timeout,
                                       0,
                                       QStringLiteral("%1 printed %2 values within %3 ms, expected %4").arg(container).arg(values.size()).arg(timeoutMs).arg(count)});
}

} // namespace Stasis::Test
