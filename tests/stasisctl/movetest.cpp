// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl move between sandbox engines. A counter that wrote a file and
// keeps a log file open moves from the default sandbox to one behind TCP with
// TLS and to one behind ssh (named by a Docker context), its image absent
// there at first: it counts on from where it was frozen, the file and the log
// are there, the source is gone (or kept stopped with its checkpoint). One
// with a named volume takes the volume's content along, its open log too. Then the faults, each against
// a third sandbox: the name taken there, the engine refusing the image (the
// source was not frozen yet: it runs on), the moved container dying at once
// on the target, and the target engine stopped mid-move — each leaves the
// source running or restorable and nothing of the move on the target, as
// both Stasis's client and the Docker CLI see it.
#include "engineclient.h"
#include "enginetestsupport.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString tlsSandbox = QStringLiteral("move-tls");
const QString sshSandbox = QStringLiteral("move-ssh");
const QString faultSandbox = QStringLiteral("move-faults");

/// Counts while it runs in the container it started in; dies in any other:
/// its /etc/hostname is mounted from that container's folder on the engine host.
QStringList homesickCommand()
{
    return {QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("home() { awk '$5 == \"/etc/hostname\" { print $4 }' /proc/self/mountinfo; }; here=$(home); i=0; "
                           "while [ \"$(home)\" = \"$here\" ]; do echo $i; i=$(expr $i + 1); sleep 1; done; exit 3")};
}

/// Holds about 384 MiB in memory, for a checkpoint that takes seconds to carry.
QStringList heavyCommand()
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("(head -c 402653184 /dev/zero; echo 0 >&2; exec sleep 2147483647) | tail")};
}
} // namespace

class MoveTest : public QObject
{
    Q_OBJECT

    EngineClient *m_source = nullptr;
    QString m_sourceHost;
    /// Per target sandbox: the environment its tools/sandbox line gives, and a client.
    QHash<QString, QProcessEnvironment> m_environment;
    QHash<QString, EngineClient *> m_target;
    QStringList m_containers;
    QTemporaryDir m_work;
    /// Per sandbox reached through a Docker context: the DOCKER_CONFIG holding it.
    QHash<QString, QString> m_contexts;

    /// stasisctl with DOCKER_HOST the source and the target's TLS settings around.
    CtlRun move(const QString &sandbox, const QStringList &arguments)
    {
        QProcessEnvironment environment = m_environment.value(sandbox);
        environment.insert(QStringLiteral("DOCKER_HOST"), m_sourceHost);
        // Through the Docker context made for the sandbox, when there is one.
        const QString to = m_contexts.contains(sandbox) ? sandbox : targetHost(sandbox);
        if (m_contexts.contains(sandbox)) {
            environment.insert(QStringLiteral("DOCKER_CONFIG"), m_contexts.value(sandbox));
        }
        return stasisctl(QStringList{QStringLiteral("move")} + arguments + QStringList{QStringLiteral("--to"), to}, 240000, environment);
    }

    /// A Docker context named @p sandbox for its engine, made by the Docker CLI; move() then names the context.
    std::expected<void, QString> createContext(const QString &sandbox)
    {
        const QString config = m_work.filePath(QStringLiteral("docker-config-") + sandbox);
        QProcessEnvironment environment = m_environment.value(sandbox);
        environment.insert(QStringLiteral("DOCKER_CONFIG"), config);
        QProcess docker;
        docker.setProcessEnvironment(environment);
        docker.start(QStringLiteral("docker"),
                     {QStringLiteral("context"), QStringLiteral("create"), sandbox, QStringLiteral("--docker"), QStringLiteral("host=") + targetHost(sandbox)});
        if (!docker.waitForFinished(30000) || docker.exitCode() != 0) {
            return std::unexpected(QString::fromUtf8(docker.readAllStandardError()));
        }
        m_contexts.insert(sandbox, config);
        return {};
    }

    QString targetHost(const QString &sandbox) const
    {
        return m_environment.value(sandbox).value(QStringLiteral("DOCKER_HOST"));
    }

    /// The Docker CLI against @p sandbox's engine; its output, or why it failed.
    std::expected<QString, QString> dockerOn(const QString &sandbox, const QStringList &arguments) const
    {
        QProcess docker;
        docker.setProcessEnvironment(m_environment.value(sandbox));
        docker.start(QStringLiteral("docker"), arguments);
        if (!docker.waitForFinished(60000) || docker.exitStatus() != QProcess::NormalExit || docker.exitCode() != 0) {
            return std::unexpected(QStringLiteral("docker %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(docker.readAllStandardError())));
        }
        return QString::fromUtf8(docker.readAllStandardOutput()).trimmed();
    }

    std::expected<void, QString> bringUp(const QString &sandbox, const QStringList &mode)
    {
        const auto printed = runSandbox(QStringList{QStringLiteral("up"), sandbox} + mode);
        if (!printed) {
            return std::unexpected(printed.error());
        }
        m_environment[sandbox] = sandboxEnvironment(*printed);
        auto endpoint = EngineEndpoint::parse(targetHost(sandbox));
        if (endpoint && m_environment[sandbox].contains(QStringLiteral("DOCKER_CERT_PATH"))) {
            endpoint = endpoint->withTls(m_environment[sandbox].value(QStringLiteral("DOCKER_CERT_PATH")), true);
        }
        if (!endpoint) {
            return std::unexpected(endpoint.error());
        }
        delete m_target.value(sandbox);
        const auto client = connectTo(*endpoint, this);
        if (!client) {
            return std::unexpected(client.error());
        }
        m_target[sandbox] = *client;
        return {};
    }

    /// A running counter @p name on the source (its values begun), and no container of that name nor its image on @p sandbox.
    std::expected<QString, QString> startOnSource(const QString &name, const QString &sandbox, const QStringList &command)
    {
        m_containers.append(name);
        await(m_source->removeContainer(name, true));
        await(m_target[sandbox]->removeContainer(name, true));
        const auto started = startCounter(*m_source, name, command);
        if (!started) {
            return std::unexpected(started.error().toString());
        }
        const auto details = await(m_source->inspectContainer(name));
        if (!details) {
            return std::unexpected(details.error().toString());
        }
        // Each sandbox builds its own busybox: the source's image id is another engine's only after a move put it there.
        await(m_target[sandbox]->removeImage(details->imageId));
        if (const auto there = await(m_target[sandbox]->inspectImage(details->imageId)); there) {
            return std::unexpected(QStringLiteral("the target still has the image %1").arg(details->imageId));
        }
        return details->imageId;
    }

    /// Nothing of a failed move of @p name (image @p imageId) on @p sandbox, through Stasis's client and the Docker CLI.
    void verifyNothingLeft(const QString &sandbox, const QString &name, const QString &imageId)
    {
        const auto container = await(m_target[sandbox]->inspectContainer(name));
        QVERIFY2(!container && container.error().kind == EngineError::Kind::NotFound, qPrintable(name + QStringLiteral(" is on the target")));
        const auto image = await(m_target[sandbox]->inspectImage(imageId));
        QVERIFY2(!image && image.error().kind == EngineError::Kind::NotFound, qPrintable(imageId + QStringLiteral(" is on the target")));
        const auto names = dockerOn(sandbox, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")});
        QVERIFY2(names, qPrintable(names.error()));
        QVERIFY2(!names->split(QLatin1Char('\n')).contains(name), qPrintable(*names));
        QVERIFY2(!names->contains(QLatin1String("stasis-helper")), qPrintable(*names));
        const auto images = dockerOn(sandbox, {QStringLiteral("image"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--no-trunc")});
        QVERIFY2(images, qPrintable(images.error()));
        QVERIFY2(!images->contains(imageId), qPrintable(*images));
    }

    /// @p name is stopped on the source with @p checkpoint, and starting it from there counts on.
    void verifySourceRestorable(const QString &name, const QString &checkpoint)
    {
        const auto frozen = frozenValues(*m_source, name);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());
        const auto restored = restore(*m_source, name, checkpoint);
        QVERIFY2(restored, why(restored).constData());
        const auto countsOn = countsOnFrom(*m_source, name, frozen->size(), frozen->last());
        QVERIFY2(countsOn, qPrintable(countsOn.error()));
    }

    /// The checkpoint a failed move left on the source, named in its message.
    static QString checkpointNamedIn(const QString &message)
    {
        const qsizetype at = message.indexOf(QLatin1String("keeps its checkpoint "));
        if (at < 0) {
            return {};
        }
        const qsizetype start = at + qstrlen("keeps its checkpoint ");
        return message.mid(start, message.indexOf(QLatin1Char(':'), start) - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        m_sourceHost = m_source->endpoint().displayUrl();
        const auto tls = bringUp(tlsSandbox, {QStringLiteral("--tls")});
        QVERIFY2(tls, qPrintable(tls.error()));
        const auto ssh = bringUp(sshSandbox, {QStringLiteral("--ssh")});
        QVERIFY2(ssh, qPrintable(ssh.error()));
        QVERIFY(m_work.isValid());
        const auto context = createContext(sshSandbox);
        QVERIFY2(context, qPrintable(context.error()));
        const auto faults = bringUp(faultSandbox, {});
        QVERIFY2(faults, qPrintable(faults.error()));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_containers)) {
            await(m_source->removeContainer(name, true));
        }
        for (const QString &sandbox : {tlsSandbox, sshSandbox, faultSandbox}) {
            const auto down = runSandbox({QStringLiteral("down"), sandbox});
            QVERIFY2(down, why(down).constData());
        }
    }

    void aCounterMovesAndCountsOn_data()
    {
        QTest::addColumn<QString>("sandbox");
        QTest::addColumn<bool>("keepSource");
        QTest::newRow("to tcp with TLS") << tlsSandbox << false;
        QTest::newRow("to a Docker context over ssh, keeping the source") << sshSandbox << true;
    }

    void aCounterMovesAndCountsOn()
    {
        QFETCH(QString, sandbox);
        QFETCH(bool, keepSource);
        const QString name = QStringLiteral("mover-") + sandbox;
        const auto imageId = startOnSource(name, sandbox, loggingCounterCommand());
        QVERIFY2(imageId, qPrintable(imageId.error()));
        const auto before = waitForCounterValues(*m_source, name, 3);
        QVERIFY2(before, why(before).constData());

        const CtlRun preview = move(sandbox, {QStringLiteral("--dry-run"), name});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(QStringLiteral("image: %1, travels along").arg(sandboxImage())), qPrintable(preview.out));
        QVERIFY2(preview.out.contains(QLatin1String("The move can go.")), qPrintable(preview.out));
        QVERIFY(await(m_source->inspectContainer(name))->running);

        const CtlRun moved = move(sandbox, keepSource ? QStringList{QStringLiteral("--keep-source"), name} : QStringList{name});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(moved.out, name);
        QVERIFY2(moved.err.contains(QLatin1String("s of downtime")), qPrintable(moved.err));

        EngineClient &target = *m_target[sandbox];
        const auto details = await(target.inspectContainer(name));
        QVERIFY2(details, why(details).constData());
        QVERIFY(details->running);
        QCOMPARE(details->imageId, *imageId);
        // Its output on the target begins where it was frozen: right after the last value its open log holds from before.
        const auto after = waitForCounterValues(target, name, 3);
        QVERIFY2(after, why(after).constData());
        const int resumedAt = after->first();
        QVERIFY2(resumedAt >= before->size(), qPrintable(QStringLiteral("resumed at %1").arg(resumedAt)));
        for (qsizetype i = 1; i < after->size(); ++i) {
            QCOMPARE(after->at(i), resumedAt + int(i));
        }
        const auto data = dockerOn(sandbox, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/data.txt")});
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(*data, QStringLiteral("written-before"));
        const auto log = dockerOn(sandbox, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/counter.log")});
        QVERIFY2(log, qPrintable(log.error()));
        const QList<int> logged = counterValues(log->toUtf8());
        QVERIFY2(logged.size() > resumedAt, qPrintable(*log));
        for (qsizetype i = 0; i < logged.size(); ++i) {
            QCOMPARE(logged.at(i), int(i));
        }

        const auto source = await(m_source->inspectContainer(name));
        if (!keepSource) {
            QVERIFY2(!source && source.error().kind == EngineError::Kind::NotFound, "the source is still there");
            return;
        }
        QVERIFY2(source, why(source).constData());
        QVERIFY(!source->running);
        const auto frozen = frozenValues(*m_source, name);
        QVERIFY2(frozen, why(frozen).constData());
        QCOMPARE(resumedAt, frozen->last() + 1);
        const auto checkpoints = await(m_source->checkpoints(name));
        QVERIFY2(checkpoints, why(checkpoints).constData());
        QCOMPARE(checkpoints->size(), 1);
        QVERIFY2(moved.err.contains(QStringLiteral("stays stopped")), qPrintable(moved.err));
    }

    void aNamedVolumeTravelsWithItsContent()
    {
        const QString name = QStringLiteral("mover-with-volume");
        const QString volume = QStringLiteral("mover-data");
        m_containers.append(name);
        EngineClient &target = *m_target[faultSandbox];
        for (EngineClient *client : {m_source, &target}) {
            await(client->removeContainer(name, true));
            await(client->removeVolume(volume));
        }
        QVERIFY(await(m_source->createVolume(volume)));
        ContainerSpec spec = counterSpec(name,
                                         {QStringLiteral("/bin/sh"),
                                          QStringLiteral("-c"),
                                          QStringLiteral("echo kept > /data/note.txt; exec 3>>/data/counter.log; "
                                                         "i=0; while true; do echo $i; echo $i >&3; i=$(expr $i + 1); sleep 1; done")});
        spec.namedVolumes = {VolumeMount{volume, QStringLiteral("/data"), false}};
        QVERIFY(await(m_source->createContainer(spec)));
        QVERIFY(await(m_source->startContainer(name)));
        const auto before = waitForCounterValues(*m_source, name, 3);
        QVERIFY2(before, why(before).constData());

        const CtlRun preview = move(faultSandbox, {QStringLiteral("--dry-run"), name});
        QVERIFY2(preview.exitCode == 0 && preview.out.contains(volume), qPrintable(preview.out + preview.err));
        const CtlRun moved = move(faultSandbox, {name});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY2(moved.err.contains(QStringLiteral("Filled the volume %1").arg(volume)), qPrintable(moved.err));

        // The volume is on the target with what the container wrote, and its log, held open, grows on.
        const auto there = await(target.inspectVolume(volume));
        QVERIFY2(there, why(there).constData());
        const auto after = waitForCounterValues(target, name, 3);
        QVERIFY2(after, why(after).constData());
        const auto note = dockerOn(faultSandbox, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/data/note.txt")});
        QVERIFY2(note, qPrintable(note.error()));
        QCOMPARE(*note, QStringLiteral("kept"));
        const auto log = dockerOn(faultSandbox, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/data/counter.log")});
        QVERIFY2(log, qPrintable(log.error()));
        const QList<int> logged = counterValues(log->toUtf8());
        QVERIFY2(logged.size() > after->first(), qPrintable(*log));
        for (qsizetype i = 0; i < logged.size(); ++i) {
            QCOMPARE(logged.at(i), int(i));
        }
        QVERIFY(await(target.removeContainer(name, true)));
        QVERIFY(await(target.removeVolume(volume)));
        QVERIFY(await(m_source->removeVolume(volume)));
    }

    void refusedWhenTheNameIsTakenOnTheTarget()
    {
        const QString name = QStringLiteral("mover-taken");
        const auto imageId = startOnSource(name, faultSandbox, counterCommand());
        QVERIFY2(imageId, qPrintable(imageId.error()));
        const auto taken = createCounter(*m_target[faultSandbox], name);
        QVERIFY2(taken, why(taken).constData());

        const CtlRun refused = move(faultSandbox, {name});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already")) && refused.err.contains(name), qPrintable(refused.err));
        // Refused before anything was frozen: the source runs on, the target's container is its own.
        QVERIFY(await(m_source->inspectContainer(name))->running);
        const auto checkpoints = await(m_source->checkpoints(name));
        QVERIFY2(checkpoints && checkpoints->isEmpty(), "the refused move took a checkpoint");
        const auto other = await(m_target[faultSandbox]->inspectContainer(name));
        QVERIFY2(other, why(other).constData());
        QCOMPARE(other->id, *taken);
        QVERIFY(await(m_target[faultSandbox]->removeContainer(name, true)));
        verifyNothingLeft(faultSandbox, name, *imageId);
    }

    void anImageTheTargetRefusesLeavesNothing()
    {
        const QString name = QStringLiteral("mover-image-refused");
        const auto imageId = startOnSource(name, faultSandbox, counterCommand());
        QVERIFY2(imageId, qPrintable(imageId.error()));
        QVERIFY(waitForCounterValues(*m_source, name, 2));
        // The engine cannot write its image store: it refuses the load.
        const QString store = QFileInfo(QUrl(targetHost(faultSandbox)).path()).dir().filePath(QStringLiteral("data/image/overlay2/imagedb/content/sha256"));
        QVERIFY2(QFileInfo(store).isDir(), qPrintable(store));
        const auto frozenStore = runIn(QDir::tempPath(), QStringLiteral("chattr"), {QStringLiteral("+i"), store});
        QVERIFY2(frozenStore, qPrintable(frozenStore.error()));
        const CtlRun refused = move(faultSandbox, {name});
        const auto thawed = runIn(QDir::tempPath(), QStringLiteral("chattr"), {QStringLiteral("-i"), store});
        QVERIFY2(thawed, qPrintable(thawed.error()));

        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("failed while carrying the image")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("did not load the image")), qPrintable(refused.err));
        verifyNothingLeft(faultSandbox, name, *imageId);
        // The image travels before the freeze: the source ran on all along.
        const auto source = await(m_source->inspectContainer(name));
        QVERIFY2(source && source->running, "the source stopped for a move that never froze it");
        const auto checkpoints = await(m_source->checkpoints(name));
        QVERIFY2(checkpoints && checkpoints->isEmpty(), "the failed move took a checkpoint");
    }

    void aContainerDyingOnTheTargetIsRolledBack()
    {
        const QString name = QStringLiteral("mover-homesick");
        const auto imageId = startOnSource(name, faultSandbox, homesickCommand());
        QVERIFY2(imageId, qPrintable(imageId.error()));
        QVERIFY(waitForCounterValues(*m_source, name, 2));

        const CtlRun failed = move(faultSandbox, {name});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("failed while checking the restored container")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("exit code 3")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("created for it was removed again")), qPrintable(failed.err));
        const QString checkpoint = checkpointNamedIn(failed.err);
        QVERIFY2(!checkpoint.isEmpty(), qPrintable(failed.err));
        verifyNothingLeft(faultSandbox, name, *imageId);
        verifySourceRestorable(name, checkpoint);
    }

    void theTargetEngineStoppingMidMoveLeavesNothing()
    {
        const QString name = QStringLiteral("mover-heavy");
        const auto imageId = startOnSource(name, faultSandbox, heavyCommand());
        QVERIFY2(imageId, qPrintable(imageId.error()));
        QVERIFY(waitForCounterValues(*m_source, name, 1, 60000));

        QProcessEnvironment environment = m_environment.value(faultSandbox);
        environment.insert(QStringLiteral("DOCKER_HOST"), m_sourceHost);
        QProcess mover;
        mover.setProcessEnvironment(environment);
        QString err;
        bool stopped = false;
        connect(&mover, &QProcess::readyReadStandardError, this, [&] {
            err += QString::fromUtf8(mover.readAllStandardError());
            // While the checkpoint is on its way: the engine goes away, and comes back a little later.
            if (!stopped && err.contains(QLatin1String("Copying checkpoint"))) {
                stopped = true;
                const auto down = runSandbox({QStringLiteral("down"), faultSandbox});
                QVERIFY2(down, why(down).constData());
                err += QStringLiteral("\n[target stopped]\n");
                const auto up = runSandbox({QStringLiteral("up"), faultSandbox});
                QVERIFY2(up, why(up).constData());
                err += QStringLiteral("[target back]\n");
            }
        });
        QSignalSpy finished(&mover, &QProcess::finished);
        mover.start(QStringLiteral(STASISCTL_PATH), {QStringLiteral("move"), name, QStringLiteral("--to"), targetHost(faultSandbox)});
        QVERIFY2(finished.wait(240000), qPrintable(err));
        err += QString::fromUtf8(mover.readAllStandardError());
        QVERIFY2(stopped, qPrintable(err));
        QCOMPARE(mover.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("failed while carrying the checkpoint")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("created for it was removed again")), qPrintable(err));
        const QString checkpoint = checkpointNamedIn(err);
        QVERIFY2(!checkpoint.isEmpty(), qPrintable(err));

        const auto back = bringUp(faultSandbox, {});
        QVERIFY2(back, qPrintable(back.error()));
        verifyNothingLeft(faultSandbox, name, *imageId);
        const auto frozen = await(m_source->inspectContainer(name));
        QVERIFY2(frozen && !frozen->running, "the source runs after the failed move");
        const auto restored = restore(*m_source, name, checkpoint);
        QVERIFY2(restored, why(restored).constData());
        QVERIFY(await(m_source->inspectContainer(name))->running);
    }
};

QTEST_GUILESS_MAIN(MoveTest)
#include "movetest.moc"
