// SPDX-License-Identifier: GPL-2.0-or-later
// ImportJob reuses a check already made of an unchanged archive (the import
// dialog's) and checks a changed one again. Offline: every case ends before
// the engine is asked anything.

#include "importjob.h"
#include "archivevalidator.h"
#include "engineclient.h"
#include "engineendpoint.h"
#include "samplearchives.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class ImportJobTest : public QObject
{
    Q_OBJECT

    struct Outcome {
        int error = 0;
        QString errorText;
        QStringList log;
    };

    /// Runs an import of @p file whose checkpoint name the engine would refuse, so it ends before any request.
    Outcome import(const QString &file, const std::optional<ArchiveValidation> &validated)
    {
        auto *job = new ImportJob(&m_client, file, QStringLiteral("counter"));
        job->setCheckpointName(QStringLiteral("x"));
        if (validated) {
            job->setValidated(*validated);
        }
        Outcome outcome;
        connect(job, &KJob::infoMessage, this, [&outcome](KJob *, const QString &message) {
            outcome.log.append(message);
        });
        bool done = false;
        connect(job, &KJob::result, this, [&](KJob *finished) {
            outcome.error = finished->error();
            outcome.errorText = finished->errorText();
            done = true;
        });
        job->start();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }();
        return outcome;
    }

    static bool checked(const Outcome &outcome)
    {
        return outcome.log.filter(QLatin1String("before anything is written")).size() == 1;
    }

    QTemporaryDir m_work;
    EngineClient m_client{*EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-test.sock"))};
    QString m_file = m_work.filePath(QStringLiteral("cp1.tar.zst"));

private Q_SLOTS:
    void init()
    {
        QVERIFY(writeArchive(m_file, ArchiveFormat::TarZstd, goodTar().finish()));
    }

    void reusesAnUnchangedValidation()
    {
        const ArchiveValidation validation = ArchiveValidator(m_file, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        QVERIFY(validation.isOf(m_file));

        const Outcome reused = import(m_file, validation);
        QVERIFY2(!checked(reused), qPrintable(reused.log.join(QLatin1Char('\n'))));
        QVERIFY2(reused.log.filter(QLatin1String("checked already")).size() == 1, qPrintable(reused.log.join(QLatin1Char('\n'))));
        // Past validation: the name is what stops it.
        QCOMPARE(reused.error, int(Job::InvalidInput));
        QVERIFY2(reused.errorText.contains(QLatin1String("Cannot import as")), qPrintable(reused.errorText));

        const Outcome fresh = import(m_file, std::nullopt);
        QVERIFY(checked(fresh));
        QVERIFY2(fresh.errorText.contains(QLatin1String("Cannot import as")), qPrintable(fresh.errorText));
    }

    void checksAChangedFileAgain_data()
    {
        QTest::addColumn<bool>("append");
        QTest::newRow("other content, touched") << false;
        QTest::newRow("appended") << true;
    }
    void checksAChangedFileAgain()
    {
        QFETCH(bool, append);
        const ArchiveValidation validation = ArchiveValidator(m_file, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));

        QFile file(m_file);
        if (append) {
            QVERIFY(file.open(QIODevice::Append));
            file.write(pattern(4096, 3));
            file.close();
        } else {
            // Same names and sizes, other memory pages, another time.
            QVERIFY(writeArchive(m_file,
                                 ArchiveFormat::TarZstd,
                                 tarStart().file("checkpoint/pages-1.img", pattern(pages.size(), 7)).file("checkpoint/core-1.img", core).finish()));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(validation.fileModified.addSecs(5), QFileDevice::FileModificationTime));
            file.close();
        }
        QVERIFY(!validation.isOf(m_file));

        const Outcome outcome = import(m_file, validation);
        QVERIFY2(checked(outcome), qPrintable(outcome.log.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.errorText.contains(QLatin1String("was refused")), qPrintable(outcome.errorText));
    }
};

QTEST_GUILESS_MAIN(ImportJobTest)
#include "importjobtest.moc"
