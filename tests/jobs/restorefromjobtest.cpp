// SPDX-License-Identifier: GPL-2.0-or-later
// RestoreFromJob against the sandbox engine: restores the engine cannot do in
// one request — from a custom checkpoint folder, into another container (a
// clone, also a new one, which gets the source's file system changes) — a
// taken name, and a kill in the middle of the copy.
#include "restorefromjob.h"
#include "containerfolders.h"
#include "enginetestsupport.h"
#include "restorejob.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class RestoreFromJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("restorefromjobtest")};

    EngineResult<QString> startCounter(const QString &suffix, bool start = true)
    {
        return m_containers.add(suffix, start);
    }

    EngineResult<QList<int>> frozenValues(const QString &container)
    {
        return Test::frozenValues(*m_client, container);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void restoresFromCustomFolder()
    {
        const auto container = startCounter(QStringLiteral("custom"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 3);
        QVERIFY2(counting, why(counting).constData());

        const QString folder = QStringLiteral("/tmp/") + m_containers.name(QStringLiteral("folder"));
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

    void aNewCloneGetsTheFileSystem()
    {
        // The source wrote a file, deleted one of its image and keeps a log file open: CRIU restores it only with its files.
        const QStringList command{QStringLiteral("/bin/sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("rm /bin/vi; echo written-before > /data.txt; exec 3>>/counter.log; "
                                                 "i=0; while true; do echo $i; echo $i >&3; i=$(expr $i + 1); sleep 1; done")};
        const auto source = m_containers.add(QStringLiteral("fs-source"), true, command);
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, *source, 3);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("fs-clone-cp");
        QVERIFY(checkpoint(*m_client, *source, CheckpointOptions{name, false, {}}));
        const auto frozen = frozenValues(*source);
        QVERIFY2(frozen, why(frozen).constData());

        const QString clone = m_containers.name(QStringLiteral("fs-clone"));
        auto *job = new RestoreFromJob(m_client, CheckpointCopy::Source{*source, {}, name}, clone, this);
        job->setCreateTarget(true);
        job->setAutoDelete(false); // inspected after its result
        QVERIFY(runJob(job));
        QVERIFY2(!job->error(), jobFailure(job).constData());

        const auto values = waitForCounterValues(*m_client, clone, 2);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), frozen->last() + 1);
        const auto data = downloadArchive(*m_client, clone, QStringLiteral("/data.txt"));
        QVERIFY2(data, why(data).constData());
        const QList<RawTarEntry> entries = tarEntries(*data);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().data, QByteArray("written-before\n"));
        const auto deleted = await(m_client->archiveStat(clone, QStringLiteral("/bin/vi")));
        QVERIFY2(!deleted && deleted.error().kind == EngineError::Kind::NotFound, "/bin/vi, deleted by the source, is in the clone");
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

    void aKillMidCopyLeavesNoCopyAndTheSourceUntouched()
    {
        // 128 MiB held by the shell: a copy that takes long enough to be caught under way.
        const QStringList command{QStringLiteral("/bin/sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("x=$(head -c 134217728 /dev/zero | tr '\\0' a); echo 1; while true; do sleep 1; done")};
        const auto source = m_containers.add(QStringLiteral("kill-source"), true, command);
        QVERIFY2(source, why(source).constData());
        const auto ready = waitForCounterValues(*m_client, *source, 1, 60000);
        QVERIFY2(ready, why(ready).constData());
        const QString name = QStringLiteral("kill-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, false, {}});
        QVERIFY2(created, why(created).constData());
        const auto sourceFolder = containerFolder(*m_client, *source);
        QVERIFY2(sourceFolder, why(sourceFolder).constData());
        const auto sourceFiles = folderNames(*m_client, *sourceFolder + QLatin1String("/checkpoints/") + name);
        QVERIFY2(sourceFiles, why(sourceFiles).constData());
        QVERIFY(sourceFiles->contains(QLatin1String("pages-1.img")));

        const auto target = m_containers.add(QStringLiteral("kill-target"), false, command);
        QVERIFY2(target, why(target).constData());
        QString targetFolder;
        QStringList readers;
        const auto removeReaders = qScopeGuard([&] {
            for (const QString &reader : std::as_const(readers)) {
                await(m_client->removeContainer(reader, true, true));
            }
        });
        const auto watch = watchFolder(*m_client, *target, &targetFolder, &readers);
        QVERIFY(watch);
        const auto staging = [&] {
            const auto names = folderNames(*m_client, targetFolder);
            return names ? names->filter(QLatin1String("stasis-import-")) : QStringList{QStringLiteral("<cannot list: %1>").arg(names.error().message)};
        };

        QPointer<RestoreFromJob> job = new RestoreFromJob(m_client, CheckpointCopy::Source{*source, {}, name}, *target, this);
        job->setAutoDelete(false);
        QStringList log;
        connect(job, &KJob::infoMessage, this, [&log](KJob *, const QString &message) {
            log.append(message);
        });
        QSignalSpy result(job, &KJob::result);
        job->start();
        // Under way: the copy is being uploaded into its staging folder.
        QVERIFY(waitForFolderChange(*m_client, watch->first, watch->second, [&] {
            return !job.isNull() && result.isEmpty();
        }));
        QVERIFY(job->kill(KJob::Quietly));
        // It reports what it left, then deletes itself.
        QTRY_VERIFY_WITH_TIMEOUT(!job, 60000);
        QCOMPARE(result.size(), 0);
        QVERIFY(!log.isEmpty());
        QVERIFY2(log.last().contains(QLatin1String("nothing was copied")), qPrintable(log.join(QLatin1Char('\n'))));

        QCOMPARE(checkpointNames(*m_client, *target), QStringList());
        QCOMPARE(staging(), QStringList());
        const QString targetId = targetFolder.section(QLatin1Char('/'), -1);
        const auto helpers = helpersOver(*m_client, targetId, false);
        QVERIFY2(helpers, why(helpers).constData());
        QStringList jobHelpers = *helpers;
        for (const QString &reader : std::as_const(readers)) {
            jobHelpers.removeAll(reader);
        }
        QCOMPARE(jobHelpers, QStringList());
        QCOMPARE(checkpointNames(*m_client, *source), QStringList{name});
        const auto sourceFilesAfter = folderNames(*m_client, *sourceFolder + QLatin1String("/checkpoints/") + name);
        QVERIFY2(sourceFilesAfter, why(sourceFilesAfter).constData());
        QCOMPARE(*sourceFilesAfter, *sourceFiles);
    }
};

QTEST_GUILESS_MAIN(RestoreFromJobTest)
#include "restorefromjobtest.moc"
