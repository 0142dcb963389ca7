// SPDX-License-Identifier: GPL-2.0-or-later
// ValidateArchiveJob, offline: a well-formed archive is accepted with its
// manifest and progress over the whole file, a check already made of the
// unchanged file is taken instead of checking again, and a hostile or
// unreadable archive fails the job with InvalidInput.
#include "validatearchivejob.h"
#include "archivevalidator.h"
#include "samplearchives.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class ValidateArchiveJobTest : public QObject
{
    Q_OBJECT

    struct Outcome {
        int error = -1;
        QString errorText;
        QStringList log;
        std::optional<ArchiveManifest> manifest;
        qulonglong processed = 0;
        qulonglong total = 0;
    };

    Outcome validate(const QString &file, const std::optional<ArchiveValidation> &validated = std::nullopt)
    {
        ValidateArchiveJob job(file, ArchiveFormat::TarZstd);
        job.setAutoDelete(false);
        if (validated) {
            job.setValidated(*validated);
        }
        Outcome outcome;
        connect(&job, &KJob::infoMessage, this, [&outcome](KJob *, const QString &message) {
            outcome.log.append(message);
        });
        QSignalSpy result(&job, &KJob::result);
        job.start();
        if (!result.wait(10000)) {
            outcome.errorText = QStringLiteral("no result within 10 s");
            return outcome;
        }
        outcome.error = job.error();
        outcome.errorText = job.errorText();
        outcome.manifest = job.manifest();
        outcome.processed = job.processedAmount(KJob::Bytes);
        outcome.total = job.totalAmount(KJob::Bytes);
        return outcome;
    }

    QTemporaryDir m_work;
    QString m_file = m_work.filePath(QStringLiteral("cp1.tar.zst"));

private Q_SLOTS:
    void init()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().finish()));
    }

    void acceptsAWellFormedArchive()
    {
        const Outcome outcome = validate(m_file);
        QVERIFY2(outcome.error == 0, qPrintable(outcome.errorText));
        QVERIFY(outcome.manifest);
        QCOMPARE(outcome.manifest->files, manifestFor(goodFiles).files);
        QCOMPARE(outcome.total, qulonglong(QFileInfo(m_file).size()));
        QCOMPARE(outcome.processed, outcome.total);
        QCOMPARE(outcome.log.filter(QLatin1String("before anything is written")).size(), 1);
        QVERIFY2(outcome.log.last().startsWith(QLatin1String("Valid: checkpoint cp1 of counter, 2 file(s)")), qPrintable(outcome.log.join(QLatin1Char('\n'))));
    }

    void takesACheckOfTheUnchangedFile()
    {
        ArchiveValidation validation = ArchiveValidator(m_file, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        // Told apart from a fresh check by its manifest.
        validation.manifest->checkpoint.name = QStringLiteral("checked-before");
        const Outcome outcome = validate(m_file, validation);
        QVERIFY2(outcome.error == 0, qPrintable(outcome.errorText));
        QVERIFY(outcome.manifest);
        QCOMPARE(outcome.manifest->checkpoint.name, QStringLiteral("checked-before"));
        QCOMPARE(outcome.log.filter(QLatin1String("before anything is written")).size(), 0);
        QCOMPARE(outcome.log.filter(QLatin1String("checked already")).size(), 1);
        QCOMPARE(outcome.processed, outcome.total);
    }

    void refusesAHostileArchive()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().entry({.name = "checkpoint/link", .type = '2', .linkName = "/etc"}, {}).finish()));
        const Outcome outcome = validate(m_file);
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.errorText.startsWith(QLatin1String("cp1.tar.zst was refused, nothing was imported:")), qPrintable(outcome.errorText));
        QVERIFY2(outcome.errorText.contains(QLatin1String("symbolic link")), qPrintable(outcome.errorText));
        QVERIFY(outcome.log.filter(QLatin1String("Valid:")).isEmpty());
        QVERIFY(!outcome.manifest);
    }

    void refusesAFileItCannotRead()
    {
        const Outcome outcome = validate(m_work.filePath(QStringLiteral("missing.tar.zst")));
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.errorText.startsWith(QLatin1String("Cannot read")), qPrintable(outcome.errorText));
        QVERIFY(outcome.log.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ValidateArchiveJobTest)
#include "validatearchivejobtest.moc"
