// SPDX-License-Identifier: GPL-2.0-or-later
// MoveJob between the sandbox engine and a second one, where a stasisctl run
// cannot reach: between its steps. A counter keeping a file open is moved;
// right before the restore, that file in the container made on the target
// changes size, and CRIU refuses to restore a process whose open file is not
// what it was. The job fails naming the step and CRIU, nothing of it
// stays on the target, and the source restores from the checkpoint the move
// made — as both Stasis's client and the Docker CLI see it.
#include "enginetestsupport.h"

#include "movejob.h"
#include "restorejob.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString targetSandbox = QStringLiteral("move-job");
} // namespace

class MoveJobTest : public QObject
{
    Q_OBJECT

    EngineClient *m_source = nullptr;
    EngineClient *m_target = nullptr;
    QString m_targetHost;
    const QString m_container = QStringLiteral("stasis-movejob-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir m_work;

    /// The Docker CLI against the target engine.
    std::expected<QString, QString> dockerOnTarget(const QStringList &arguments) const
    {
        return dockerCli(QStringList{QStringLiteral("--host"), m_targetHost} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        const auto printed = runSandbox({QStringLiteral("up"), targetSandbox});
        QVERIFY2(printed, why(printed).constData());
        m_targetHost = sandboxEnvironment(*printed).value(QStringLiteral("DOCKER_HOST"));
        const auto target = connectTo(m_targetHost, this);
        QVERIFY2(target, why(target).constData());
        m_target = *target;
    }

    void cleanupTestCase()
    {
        for (EngineClient *client : {m_source, m_target}) {
            if (client) {
                await(client->removeContainer(m_container, true));
            }
        }
        const auto down = runSandbox({QStringLiteral("down"), targetSandbox});
        QVERIFY2(down, why(down).constData());
    }

    void aRestoreCriuRefusesOnTheTargetLeavesNothingThere()
    {
        await(m_target->removeContainer(m_container, true));
        const auto started = startCounter(*m_source, m_container, loggingCounterCommand());
        QVERIFY2(started, why(started).constData());
        QVERIFY(waitForCounterValues(*m_source, m_container, 2));
        const auto details = await(m_source->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        // Each sandbox builds its own busybox: the move carries the source's.
        await(m_target->removeImage(details->imageId));

        QFile changedFile(m_work.filePath(QStringLiteral("data.txt")));
        QVERIFY(changedFile.open(QIODevice::WriteOnly));
        changedFile.write(QByteArray(300, 'x') + '\n');
        changedFile.close();

        auto *move = new MoveJob(m_source, m_target, MoveJob::Request{m_container, {}, {}}, this);
        std::optional<std::expected<QString, QString>> changed;
        connect(move, &CompositeJob::stepStarted, this, [&](Job *step) {
            if (qobject_cast<RestoreJob *>(step)) {
                // Synchronous: the restore asks nothing of the engine before this returns.
                changed = dockerOnTarget({QStringLiteral("cp"), changedFile.fileName(), m_container + QStringLiteral(":/data.txt")});
            }
        });
        QVERIFY(runJob(move, 240000));
        QVERIFY2(changed && *changed, changed ? qPrintable(changed->error()) : "the move never reached its restore");
        QVERIFY2(move->error(), "the move succeeded with an open file CRIU should have refused");
        const QString message = move->errorText();
        QVERIFY2(message.contains(QLatin1String("failed while restoring on the target")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("criu failed")), qPrintable(message));
        // CRIU's log went with the failed restore's bundle (moby#40529): the details say so rather than guess.
        QVERIFY2(move->errorDetails().contains(QLatin1String("it may be gone already")), qPrintable(move->errorDetails()));
        QVERIFY2(message.contains(QLatin1String("keeps its checkpoint ") + move->checkpoint()), qPrintable(message));

        // Nothing of the move on the target.
        const auto container = await(m_target->inspectContainer(m_container));
        QVERIFY2(!container && container.error().kind == EngineError::Kind::NotFound, "the moved container stayed on the target");
        const auto image = await(m_target->inspectImage(details->imageId));
        QVERIFY2(!image && image.error().kind == EngineError::Kind::NotFound, "the carried image stayed on the target");
        const auto names = dockerOnTarget({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")});
        QVERIFY2(names, qPrintable(names.error()));
        QVERIFY2(!names->contains(m_container) && !names->contains(QLatin1String("stasis-helper")), qPrintable(*names));
        const auto images = dockerOnTarget({QStringLiteral("image"), QStringLiteral("ls"), QStringLiteral("--quiet"), QStringLiteral("--no-trunc")});
        QVERIFY2(images, qPrintable(images.error()));
        QVERIFY2(!images->contains(details->imageId), qPrintable(*images));

        // The source is stopped with the move's checkpoint, and counts on from it.
        const auto checkpoints = dockerCli({QStringLiteral("checkpoint"), QStringLiteral("ls"), m_container});
        QVERIFY2(checkpoints && checkpoints->contains(move->checkpoint()), qPrintable(checkpoints ? *checkpoints : checkpoints.error()));
        const auto frozen = frozenValues(*m_source, m_container);
        QVERIFY2(frozen && !frozen->isEmpty(), why(frozen).constData());
        const auto restored = restore(*m_source, m_container, move->checkpoint());
        QVERIFY2(restored, why(restored).constData());
        const auto countsOn = countsOnFrom(*m_source, m_container, frozen->size(), frozen->last());
        QVERIFY2(countsOn, qPrintable(countsOn.error()));
        delete move;
    }
};

QTEST_GUILESS_MAIN(MoveJobTest)
#include "movejobtest.moc"
