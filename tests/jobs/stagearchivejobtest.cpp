// SPDX-License-Identifier: GPL-2.0-or-later
// StageArchiveJob against the sandbox engine: a validated archive becomes a
// checkpoint of the container, with progress over the tar sent; a taken
// name and an archive changed since its validation are refused, leaving the
// container's folder and helpers as they were.
#include "stagearchivejob.h"
#include "archivevalidator.h"
#include "checkpointstager.h"
#include "containerfolders.h"
#include "enginetestsupport.h"
#include "jobrun.h"
#include "samplearchives.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class StageArchiveJobTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_file = m_work.filePath(QStringLiteral("cp1.tar.zst"));
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("stagearchivejobtest")};
    QString m_container;
    QString m_folder;
    ArchiveManifest m_manifest;

    JobOutcome stage(const QString &name)
    {
        StageArchiveJob job(JobTarget{m_client, m_container, name}, m_file, ArchiveFormat::TarZstd, m_manifest);
        return runToEnd(job, 120000);
    }

    /// The container's folder holds no staging folder, and no helper is left over it.
    void verifyNoDebris()
    {
        const auto names = folderNames(*m_client, m_folder);
        QVERIFY2(names, why(names).constData());
        QCOMPARE(names->filter(CheckpointStager::stagingPrefix), QStringList());
        const auto helpers = helpersOver(*m_client, m_folder.section(QLatin1Char('/'), -1));
        QVERIFY2(helpers, why(helpers).constData());
        QCOMPARE(*helpers, QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto container = m_containers.add(QStringLiteral("target"), false);
        QVERIFY2(container, why(container).constData());
        m_container = *container;
        const auto folder = containerFolder(*m_client, m_container);
        QVERIFY2(folder, why(folder).constData());
        m_folder = *folder;
    }

    void init()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().finish()));
        const ArchiveValidation validation = ArchiveValidator(m_file, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        m_manifest = *validation.manifest;
    }

    void stagesTheValidatedFiles()
    {
        const JobOutcome outcome = stage(QStringLiteral("staged-cp"));
        QVERIFY2(outcome.error == 0, qPrintable(outcome.errorText));
        QCOMPARE(checkpointNames(*m_client, m_container), QStringList{QStringLiteral("staged-cp")});
        QVERIFY(outcome.totalBytes > qulonglong(m_manifest.totalSize()));
        QCOMPARE(outcome.processedBytes, outcome.totalBytes);
        QVERIFY2(outcome.log.first().startsWith(QLatin1String("Sending")), qPrintable(outcome.log.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.log.last(), QStringLiteral("Imported checkpoint staged-cp into %1.").arg(m_container));
        verifyNoDebris();
    }

    void refusesATakenName()
    {
        const JobOutcome outcome = stage(QStringLiteral("staged-cp"));
        QCOMPARE(outcome.error, int(Job::CopyFailed));
        QCOMPARE(outcome.engineError.kind, EngineError::Kind::Conflict);
        QVERIFY2(outcome.errorText.contains(QLatin1String("already has a checkpoint named staged-cp")), qPrintable(outcome.errorText));
        QCOMPARE(checkpointNames(*m_client, m_container), QStringList{QStringLiteral("staged-cp")});
        verifyNoDebris();
    }

    void refusesAnArchiveChangedSinceItsValidation()
    {
        // Same names and sizes, other memory pages.
        QVERIFY(writeArchive(m_file,
                             ArchiveFormat::TarZstd,
                             tarStart().file("checkpoint/pages-1.img", pattern(pages.size(), 7)).file("checkpoint/core-1.img", core).finish()));
        const JobOutcome outcome = stage(QStringLiteral("changed-cp"));
        QCOMPARE(outcome.error, int(Job::CopyFailed));
        QVERIFY2(outcome.errorText.startsWith(
                     QStringLiteral("Cannot import checkpoint changed-cp into %1: The archive changed since it was checked").arg(m_container)),
                 qPrintable(outcome.errorText));
        QVERIFY2(outcome.errorText.contains(QLatin1String("checkpoint/pages-1.img")), qPrintable(outcome.errorText));
        QCOMPARE(checkpointNames(*m_client, m_container), QStringList{QStringLiteral("staged-cp")});
        verifyNoDebris();
    }
};

QTEST_GUILESS_MAIN(StageArchiveJobTest)
#include "stagearchivejobtest.moc"
