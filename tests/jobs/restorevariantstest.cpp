// SPDX-License-Identifier: GPL-2.0-or-later
// Restores the engine cannot do in one request, against the sandbox engine:
// from a custom checkpoint folder, into another container (a clone), and
// "stop, then restore" of a running container.
#include "enginetestsupport.h"
#include "checkpointcatalog.h"
#include "createcheckpointjob.h"
#include "restorefromjob.h"
#include "restorejob.h"
#include "rewindjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class RestoreVariantsTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-restoretest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QStringList m_containers;

    EngineResult<QString> startCounter(const QString &suffix, bool start = true)
    {
        const QString name = m_prefix + suffix;
        m_containers.append(name);
        const auto id = start ? Test::startCounter(*m_client, name) : createCounter(*m_client, name);
        if (!id) {
            return std::unexpected(id.error());
        }
        return name;
    }

    /// The counter's values once it stopped with its checkpoint.
    EngineResult<QList<int>> frozenValues(const QString &container)
    {
        if (!QTest::qWaitFor(
                [&] {
                    const auto details = await(m_client->inspectContainer(container));
                    return details && !details->running;
                },
                10000)) {
            return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("%1 still runs after its checkpoint").arg(container)});
        }
        return await(m_client->logs(container)).transform([](const QByteArray &log) {
            return counterValues(log);
        });
    }

    static QByteArray jobFailure(KJob *job)
    {
        return job->error() ? job->errorText().toLocal8Bit() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
    }

    void restoresFromCustomFolder()
    {
        const auto container = startCounter(QStringLiteral("custom"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 3);
        QVERIFY2(counting, why(counting).constData());

        const QString folder = QStringLiteral("/tmp/") + m_prefix + QStringLiteral("folder");
        const QString name = QStringLiteral("custom-cp");
        const auto created = checkpoint(*m_client, *container, CheckpointOptions{name, false, folder});
        QVERIFY2(created, why(created).constData());

        const auto listed = await(m_client->checkpoints(*container, folder));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, name);
        const auto inDefault = await(m_client->checkpoints(*container));
        QVERIFY2(inDefault, why(inDefault).constData());
        QVERIFY(inDefault->isEmpty());

        const auto frozen = frozenValues(*container);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());

        auto *job = new RestoreFromJob(m_client, CheckpointCopy::Source{{}, folder, name}, *container, this);

        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), jobFailure(job).constData());

        const auto after = waitForCounterValues(*m_client, *container, frozen->size() + 3);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozen->size()), frozen->last() + 1);

        // The copy in the default folder is gone again; the custom folder keeps the checkpoint.
        const auto defaultAfter = await(m_client->checkpoints(*container));
        QVERIFY2(defaultAfter, why(defaultAfter).constData());
        QVERIFY(defaultAfter->isEmpty());
        const auto removed = await(m_client->removeCheckpoint(*container, name, folder));
        QVERIFY2(removed, why(removed).constData());
        const auto remaining = await(m_client->checkpoints(*container, folder));
        QVERIFY2(remaining, why(remaining).constData());
        QVERIFY(remaining->isEmpty());
    }

    void restoresIntoAClone()
    {
        const auto source = startCounter(QStringLiteral("source"));
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, *source, 3);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("clone-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, false, {}});
        QVERIFY2(created, why(created).constData());
        const auto frozen = frozenValues(*source);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());

        const auto clone = startCounter(QStringLiteral("clone"), false);
        QVERIFY2(clone, why(clone).constData());
        auto *job = new RestoreFromJob(m_client, CheckpointCopy::Source{*source, {}, name}, *clone, this);
        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), jobFailure(job).constData());

        const auto values = waitForCounterValues(*m_client, *clone, 3);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), frozen->last() + 1);
        for (qsizetype i = 1; i < values->size(); ++i) {
            QCOMPARE(values->at(i), values->at(i - 1) + 1);
        }
        // The source keeps its checkpoint.
        const auto sourceCheckpoints = await(m_client->checkpoints(*source));
        QVERIFY2(sourceCheckpoints, why(sourceCheckpoints).constData());
        QCOMPARE(sourceCheckpoints->size(), 1);
    }

    void refusesATakenName()
    {
        const auto source = startCounter(QStringLiteral("taken-source"));
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, *source, 1);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("taken-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, true, {}});
        QVERIFY2(created, why(created).constData());
        // Restoring a container's own checkpoint "from" itself finds the name taken.
        auto *job = new RestoreFromJob(m_client, CheckpointCopy::Source{*source, {}, name}, *source, this);
        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(60000));
        QCOMPARE(job->error(), int(RestoreFromJob::CopyFailed));
        QCOMPARE(job->engineError().kind, EngineError::Kind::Conflict);
        QVERIFY2(job->errorText().contains(QLatin1String("already has a checkpoint named")), qPrintable(job->errorText()));
        // Refused before anything was copied or removed.
        const auto listed = await(m_client->checkpoints(*source));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
    }

    void writesMetadataBesideTheImages()
    {
        const auto container = startCounter(QStringLiteral("metadata"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 2);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("meta-cp");
        auto *create = new CreateCheckpointJob(m_client, *container, CheckpointOptions{name, false, {}}, this);
        create->setAutoDelete(false); // inspected after its result
        QSignalSpy created(create, &KJob::result);
        QSignalSpy warnings(create, &KJob::warning);
        create->start();
        QVERIFY(created.wait(120000));
        QVERIFY2(!create->error(), jobFailure(create).constData());
        QVERIFY2(create->metadataWritten(), warnings.isEmpty() ? "" : qPrintable(warnings.first().at(1).toString()));

        const auto listed = await(CheckpointCatalog(m_client).list(*container));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        const CheckpointInfo &info = listed->first();
        QVERIFY(info.metadata);
        QCOMPARE(info.metadata->created, create->metadata().created);
        QCOMPARE(info.metadata->size, create->metadata().size);
        // Measured through the engine: the memory pages are most, not all, of the checkpoint.
        QVERIFY2(info.metadata->memoryPagesSize > 0 && info.metadata->memoryPagesSize < info.metadata->size,
                 qPrintable(QStringLiteral("%1 of %2").arg(info.metadata->memoryPagesSize).arg(info.metadata->size)));
        QCOMPARE(info.size, info.metadata->size);
        QCOMPARE(*info.metadata, create->metadata());
        QCOMPARE(info.metadata->dumpMilliseconds, create->dumpMilliseconds());
        QVERIFY(info.metadata->dumpMilliseconds > 0);
        QCOMPARE(info.metadata->leftRunning, false);
        QCOMPARE(info.metadata->stasisVersion, QStringLiteral(STASIS_VERSION));
        const auto version = await(m_client->version());
        QVERIFY2(version, why(version).constData());
        QCOMPARE(info.metadata->engineVersion, version->version);

        // The extra file does not disturb the restore.
        const auto frozen = frozenValues(*container);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());
        auto *restore = new RestoreJob(m_client, *container, name, this);
        restore->setAutoDelete(false); // inspected after its result
        QSignalSpy restored(restore, &KJob::result);
        restore->start();
        QVERIFY(restored.wait(120000));
        QVERIFY2(!restore->error(), jobFailure(restore).constData());
        const auto after = waitForCounterValues(*m_client, *container, frozen->size() + 2);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozen->size()), frozen->last() + 1);
    }

    void rewindsARunningContainer()
    {
        const auto container = startCounter(QStringLiteral("rewind"));
        QVERIFY2(container, why(container).constData());
        const auto before = waitForCounterValues(*m_client, *container, 2);
        QVERIFY2(before, why(before).constData());
        const QString name = QStringLiteral("rewind-cp");
        const auto created = checkpoint(*m_client, *container, CheckpointOptions{name, true, {}});
        QVERIFY2(created, why(created).constData());
        const auto justAfter = await(m_client->logs(*container));
        QVERIFY2(justAfter, why(justAfter).constData());
        // The checkpoint holds a value between these two.
        const int lowest = before->last();
        const int highest = counterValues(*justAfter).last();

        const auto running = waitForCounterValues(*m_client, *container, highest + 4);
        QVERIFY2(running, why(running).constData());
        const qsizetype printedBefore = running->size();

        auto *job = new RewindJob(m_client, *container, name, this);

        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), jobFailure(job).constData());

        const auto after = waitForCounterValues(*m_client, *container, printedBefore + 4);
        QVERIFY2(after, why(after).constData());
        // The log goes up, drops back once, then counts on from the checkpoint.
        qsizetype jump = -1;
        for (qsizetype i = 1; i < after->size(); ++i) {
            if (after->at(i) != after->at(i - 1) + 1) {
                QCOMPARE(jump, -1);
                jump = i;
            }
        }
        QVERIFY2(jump > 0, "the log never went back to the checkpoint");
        QVERIFY(after->at(jump) < after->at(jump - 1));
        QVERIFY2(after->at(jump) >= lowest + 1 && after->at(jump) <= highest + 1,
                 qPrintable(QStringLiteral("resumed at %1, checkpointed between %2 and %3").arg(after->at(jump)).arg(lowest).arg(highest)));
    }
};

QTEST_GUILESS_MAIN(RestoreVariantsTest)
#include "restorevariantstest.moc"
