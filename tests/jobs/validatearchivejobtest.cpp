// SPDX-License-Identifier: GPL-2.0-or-later
// ValidateArchiveJob, offline: a well-formed archive is accepted with its
// manifest and progress over the whole file, a check already made of the
// unchanged file is taken instead of checking again, and a hostile or
// unreadable archive fails the job with InvalidInput.
#include "validatearchivejob.h"
#include "archivevalidator.h"
#include "jobrun.h"
#include "samplearchives.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class ValidateArchiveJobTest : public QObject
{
    Q_OBJECT

    /// Runs a check of @p file; the manifest it accepted goes to m_manifest.
    JobOutcome validate(const QString &file, const std::optional<ArchiveValidation> &validated = std::nullopt)
    {
        ValidateArchiveJob job(file, ArchiveFormat::TarZstd);
        if (validated) {
            job.setValidated(*validated);
        }
        const JobOutcome outcome = runToEnd(job, 10000);
        m_manifest = job.manifest();
        return outcome;
    }

    QTemporaryDir m_work;
    QString m_file = m_work.filePath(QStringLiteral("cp1.tar.zst"));
    std::optional<ArchiveManifest> m_manifest;

private Q_SLOTS:
    void init()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().finish()));
    }

    void acceptsAWellFormedArchive()
    {
        const JobOutcome outcome = validate(m_file);
        QVERIFY2(outcome.error == 0, qPrintable(outcome.errorText));
        QVERIFY(m_manifest);
        QCOMPARE(m_manifest->files, manifestFor(goodFiles).files);
        QCOMPARE(outcome.totalBytes, qulonglong(QFileInfo(m_file).size()));
        QCOMPARE(outcome.processedBytes, outcome.totalBytes);
        QCOMPARE(outcome.log.filter(QLatin1String("before anything is written")).size(), 1);
        QVERIFY2(outcome.log.last().startsWith(QLatin1String("Valid: checkpoint cp1 of counter, 2 file(s)")), qPrintable(outcome.log.join(QLatin1Char('\n'))));
    }

    void takesACheckOfTheUnchangedFile()
    {
        ArchiveValidation validation = ArchiveValidator(m_file, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        // Told apart from a fresh check by its manifest.
        validation.manifest->checkpoint.name = QStringLiteral("checked-before");
        const JobOutcome outcome = validate(m_file, validation);
        QVERIFY2(outcome.error == 0, qPrintable(outcome.errorText));
        QVERIFY(m_manifest);
        QCOMPARE(m_manifest->checkpoint.name, QStringLiteral("checked-before"));
        QCOMPARE(outcome.log.filter(QLatin1String("before anything is written")).size(), 0);
        QCOMPARE(outcome.log.filter(QLatin1String("checked already")).size(), 1);
        QCOMPARE(outcome.processedBytes, outcome.totalBytes);
    }

    void refusesAHostileArchive()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().entry({.name = "checkpoint/link", .type = '2', .linkName = "/etc"}, {}).finish()));
        const JobOutcome outcome = validate(m_file);
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.errorText.startsWith(QLatin1String("cp1.tar.zst was refused, nothing was imported:")), qPrintable(outcome.errorText));
        QVERIFY2(outcome.errorText.contains(QLatin1String("symbolic link")), qPrintable(outcome.errorText));
        QVERIFY(outcome.log.filter(QLatin1String("Valid:")).isEmpty());
        QVERIFY(!m_manifest);
    }

    void refusesAFileItCannotRead()
    {
        const JobOutcome outcome = validate(m_work.filePath(QStringLiteral("missing.tar.zst")));
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.errorText.startsWith(QLatin1String("Cannot read")), qPrintable(outcome.errorText));
        QVERIFY(outcome.log.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ValidateArchiveJobTest)
#include "validatearchivejobtest.moc"
