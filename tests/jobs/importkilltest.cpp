// SPDX-License-Identifier: GPL-2.0-or-later
// ImportJob killed while its stage step sends the archive, against the
// sandbox engine: the kill reaches the step, no checkpoint is listed and no
// staging folder or helper is left; a container created for the import is
// removed again. The job says so, then deletes itself.
#include "checkpointstager.h"
#include "containerfolders.h"
#include "containerrecipe.h"
#include "enginetestsupport.h"
#include "importjob.h"
#include "jobrun.h"
#include "samplearchives.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class ImportKillTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("importkilltest")};
    QTemporaryDir m_work;
    // Large enough to be caught while it is sent.
    QString m_archive = m_work.filePath(QStringLiteral("big.tar.zst"));

    /// Runs @p job and kills it once it sends the archive; its log, complete when the job is gone.
    QStringList killWhileSending(ImportJob *job)
    {
        QPointer<ImportJob> guard = job;
        job->setAutoDelete(false);
        JobLog log(job);
        QSignalSpy result(job, &KJob::result);
        job->start();
        const qulonglong archiveSize = qulonglong(QFileInfo(m_archive).size());
        // Past the check of the archive, some of the tar sent.
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!guard || guard->processedAmount(KJob::Bytes) > archiveSize, 120000);
            QVERIFY2(guard, qPrintable(log.joined()));
            QVERIFY(!log.lines.filter(QLatin1String("Sending")).isEmpty());
            QVERIFY(guard->kill(KJob::Quietly));
            QTRY_VERIFY_WITH_TIMEOUT(!guard, 120000);
            QCOMPARE(result.size(), 0);
        }();
        return log.lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray big = pattern(128 * 1024 * 1024, 11);
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto model = m_containers.add(QStringLiteral("model"), false);
        QVERIFY2(model, why(model).constData());
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, *model));
        QVERIFY2(recipe, why(recipe).constData());

        ArchiveManifest manifest = manifestFor({{QStringLiteral("pages-1.img"), big}, {QStringLiteral("core-1.img"), core}});
        manifest.container.configuration = recipe->toJson();
        QVERIFY(writeArchive(m_archive,
                             ArchiveFormat::TarZstd,
                             tarStart(manifest.toJson()).file("checkpoint/pages-1.img", big).file("checkpoint/core-1.img", core).finish()));
    }

    void aKillWhileSendingLeavesNoCheckpoint()
    {
        const auto target = m_containers.add(QStringLiteral("target"), false);
        QVERIFY2(target, why(target).constData());
        const auto folder = containerFolder(*m_client, *target);
        QVERIFY2(folder, why(folder).constData());

        const QStringList log = killWhileSending(new ImportJob(m_client, m_archive, *target, this));
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(log.filter(QLatin1String("Cancelling: removing what was sent so far")).size() == 1, qPrintable(log.join(QLatin1Char('\n'))));
        QCOMPARE(log.last(), QStringLiteral("Cancelled: nothing of the import was left on the engine."));

        QCOMPARE(checkpointNames(*m_client, *target), QStringList());
        const auto names = folderNames(*m_client, *folder);
        QVERIFY2(names, why(names).constData());
        QCOMPARE(names->filter(CheckpointStager::stagingPrefix), QStringList());
        const auto helpers = helpersOver(*m_client, folder->section(QLatin1Char('/'), -1));
        QVERIFY2(helpers, why(helpers).constData());
        QCOMPARE(*helpers, QStringList());
    }

    void aKillWhileSendingRemovesTheCreatedContainer()
    {
        const QString created = m_containers.name(QStringLiteral("created"));
        auto *job = new ImportJob(m_client, m_archive, created, this);
        job->setCreateContainer(true);

        const QStringList log = killWhileSending(job);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString said = log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("Cancelled: nothing of the import was left on the engine.")), qPrintable(said));
        QCOMPARE(log.last(), QStringLiteral("Cancelled. The container %1 created for it was removed again.").arg(created));

        const auto inspected = await(m_client->inspectContainer(created));
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().kind, EngineError::Kind::NotFound);
        const auto listed = await(m_client->checkpoints(created));
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(ImportKillTest)
#include "importkilltest.moc"
