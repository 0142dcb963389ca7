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

QStringList loggingCounterCommand()
{
    return {QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("echo written-before > /data.txt; exec 4</data.txt 3>>/counter.log; "
                           "i=0; while true; do echo $i; echo $i >&3; i=$(expr $i + 1); sleep 1; done")};
}

QStringList exportedTopLevelEntries()
{
    return {QStringLiteral("checkpoint"),
            QStringLiteral("config.dump"),
            QStringLiteral("deleted.files"),
            QStringLiteral("manifest.json"),
            QStringLiteral("rootfs-diff.tar"),
            QStringLiteral("spec.dump")};
}

QString sandboxImage()
{
    return QStringLiteral("busybox:latest");
}

HelperContainer::Spec sandboxHelper(const QString &hostFolder, bool readOnly)
{
    HelperContainer::Spec spec = HelperContainer::mounting(hostFolder, readOnly);
    spec.image = sandboxImage();
    return spec;
}

ContainerSpec counterSpec(const QString &name, const QStringList &command)
{
    ContainerSpec spec;
    spec.name = name;
    spec.image = sandboxImage();
    spec.command = command;
    spec.stopTimeoutSeconds = 1;
    return spec;
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
    return await(client.listContainers(ContainerFilter{{}, {}, QString(HelperContainer::label) + QLatin1String("=true")}))
        .transform([](const ContainerList &list) {
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
    return connectTo(*endpoint, parent);
}

std::expected<EngineClient *, QString> connectTo(const EngineEndpoint &endpoint, QObject *parent)
{
    auto *client = new EngineClient(endpoint, parent);
    const auto ping = await(client->connectToEngine(), 30000);
    if (!ping) {
        delete client;
        return std::unexpected(QStringLiteral("the sandbox engine at %1 is unreachable: %2").arg(endpoint.displayUrl(), ping.error().toString()));
    }
    return client;
}

namespace
{

std::expected<QString, QString> run(const QString &program, const QString &shownAs, const QStringList &arguments, const QString &folder = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProgram(program);
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::unexpected(
            QStringLiteral("%1 %2 failed: %3").arg(shownAs, arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError())));
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

std::expected<QString, QString> runSandbox(const QStringList &arguments)
{
    return run(QStringLiteral(STASIS_SOURCE_DIR "/tools/sandbox"), QStringLiteral("tools/sandbox"), arguments);
}

QProcessEnvironment sandboxEnvironment(const QString &printed)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    environment.remove(QStringLiteral("DOCKER_CERT_PATH"));
    for (const QString &line : printed.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0) {
            environment.insert(line.left(equals), line.mid(equals + 1));
        }
    }
    return environment;
}

std::expected<QString, QString> dockerCli(const QStringList &arguments)
{
    return run(QStringLiteral("docker"), QStringLiteral("docker"), arguments);
}

std::expected<QString, QString> runIn(const QString &folder, const QString &program, const QStringList &arguments)
{
    return run(program, program, arguments, folder);
}

EngineResult<QString> createCounter(EngineClient &client, const QString &name, const QStringList &command)
{
    return await(client.createContainer(counterSpec(name, command)));
}

EngineResult<QString> startCounter(EngineClient &client, const QString &name, const QStringList &command)
{
    const auto id = createCounter(client, name, command);
    if (!id) {
        return id;
    }
    if (const auto started = await(client.startContainer(name)); !started) {
        return std::unexpected(started.error());
    }
    return id;
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
    return std::unexpected(
        EngineError{EngineError::Kind::Timeout,
                    0,
                    QStringLiteral("%1 printed %2 values within %3 ms, expected %4").arg(container).arg(values.size()).arg(timeoutMs).arg(count)});
}

std::expected<void, QString> countsOnFrom(EngineClient &client, const QString &container, qsizetype valuesBefore, int frozenLast)
{
    const auto values = waitForCounterValues(client, container, int(valuesBefore) + 3);
    if (!values) {
        return std::unexpected(values.error().toString());
    }
    int expected = frozenLast + 1;
    for (qsizetype i = valuesBefore; i < values->size(); ++i, ++expected) {
        if (values->at(i) != expected) {
            return std::unexpected(QStringLiteral("%1 counted %2 where %3 was due (after %4 values; frozen at %5)")
                                       .arg(container)
                                       .arg(values->at(i))
                                       .arg(expected)
                                       .arg(valuesBefore)
                                       .arg(frozenLast));
        }
    }
    return {};
}

EngineResult<QList<int>> frozenValues(EngineClient &client, const QString &container)
{
    if (!QTest::qWaitFor(
            [&] {
                const auto details = await(client.inspectContainer(container));
                return details && !details->running;
            },
            10000)) {
        return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("%1 still runs after its checkpoint").arg(container)});
    }
    return await(client.logs(container)).transform([](const QByteArray &log) {
        return counterValues(log);
    });
}

bool runJob(KJob *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy result(job, &KJob::result);
    job->start();
    return result.wait(timeoutMs);
}

QByteArray jobFailure(const KJob *job)
{
    return job->error() ? job->errorText().toLocal8Bit() : QByteArray();
}

CounterContainers::CounterContainers(EngineClient *&client, const QString &test)
    : m_client(client)
    , m_prefix(QStringLiteral("stasis-%1-%2-%3-").arg(test).arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch()))
{
}

CounterContainers::~CounterContainers()
{
    if (!m_client) {
        return;
    }
    for (const QString &name : std::as_const(m_names)) {
        await(m_client->removeContainer(name, true));
    }
}

EngineResult<QString> CounterContainers::add(const QString &suffix, bool start, const QStringList &command)
{
    const QString name = m_prefix + suffix;
    m_names.append(name);
    const auto id = start ? startCounter(*m_client, name, command) : createCounter(*m_client, name, command);
    if (!id) {
        return std::unexpected(id.error());
    }
    return name;
}

} // namespace Stasis::Test
