// SPDX-License-Identifier: GPL-2.0-or-later
// The checkpoint dialog's warnings, through the real window against real
// containers of the sandbox engine: `--init` (measured: checkpoints, but does
// not restore) and a non-root user (measured: does not checkpoint) are
// warned about, a plain and a TTY container (measured: both work) are not;
// a failed checkpoint is remembered for the engine and the next warning
// says so.
#include "checkpointrisks.h"
#include "checkpointdialog.h"
#include "checkpointevidence.h"
#include "enginetestsupport.h"
#include "jobqueue.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointRisksTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_engineVersion;
    QString m_prefix = QStringLiteral("stasis-risks-%1-").arg(QCoreApplication::applicationPid());
    QStringList m_containers;

    /// Creates and starts a counter container named prefix + @p suffix with
    /// @p config and @p hostConfig merged into the create request.
    EngineResult<QString> startCounter(const QString &suffix, const QJsonObject &config, const QJsonObject &hostConfig)
    {
        QJsonObject body = config;
        body.insert(QLatin1String("Image"), sandboxImage());
        body.insert(QLatin1String("Cmd"), QJsonArray::fromStringList(counterCommand()));
        QJsonObject host = hostConfig;
        host.insert(QLatin1String("NetworkMode"), QStringLiteral("none"));
        body.insert(QLatin1String("HostConfig"), host);
        const QString name = m_prefix + suffix;
        await(m_client->removeContainer(name, true));
        ContainerSpec spec;
        spec.name = name;
        spec.configuration = body;
        const auto created = await(m_client->createContainer(spec));
        if (!created) {
            return std::unexpected(created.error());
        }
        m_containers.append(name);
        const auto started = await(m_client->startContainer(name));
        if (!started) {
            return std::unexpected(started.error());
        }
        return name;
    }

    /// Opens the checkpoint dialog for @p container through the window and
    /// waits until its warnings are assessed. @p select: it is not selected yet.
    CheckpointDialog *openDialog(MainWindow &window, const QString &container, bool select = true)
    {
        QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
        if (select) {
            window.selectContainer(container);
        }
        if ((select && !selectionLoaded.wait(15000)) ||
            !QTest::qWaitFor(
                [&] {
                    return window.checkpointAction()->isEnabled();
                },
                5000)) {
            return nullptr;
        }
        window.checkpointAction()->trigger();
        CheckpointDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = window.findChild<CheckpointDialog *>()) != nullptr;
                },
                5000)) {
            return nullptr;
        }
        QSignalSpy assessed(dialog, &CheckpointDialog::risksChanged);
        return assessed.wait(10000) ? dialog : nullptr;
    }

    static void closeDialog(CheckpointDialog *dialog)
    {
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        dialog->reject();
        QVERIFY(destroyed.wait(5000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("checkpointriskstest"));
        CheckpointEvidence::clear();
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto version = await(m_client->version());
        QVERIFY2(version, why(version).constData());
        m_engineVersion = version->version;
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
        CheckpointEvidence::clear();
    }

    void readsOptionsFromInspectData()
    {
        const QJsonObject inspect = QJsonDocument::fromJson(R"({"Config": {"Tty": true, "OpenStdin": true, "User": "1000:1000"},
            "HostConfig": {"Init": true, "Privileged": true, "SecurityOpt": ["seccomp=unconfined"], "Tmpfs": {"/run": ""}}})")
                                        .object();
        QCOMPARE(CheckpointRisks::optionsOf(inspect),
                 (QStringList{QStringLiteral("tty"),
                              QStringLiteral("open-stdin"),
                              QStringLiteral("init"),
                              QStringLiteral("privileged"),
                              QStringLiteral("seccomp-unconfined"),
                              QStringLiteral("tmpfs"),
                              QStringLiteral("user")}));
        const QJsonObject root = QJsonDocument::fromJson(R"({"Config": {"User": "root"}, "HostConfig": {"Init": false}})").object();
        QVERIFY(CheckpointRisks::optionsOf(root).isEmpty());
        // CRIU's line that says nothing is skipped; the position prefix goes.
        const QString details = QStringLiteral(
            "CRIU's errors:\n(00.001401) Error (criu/util.c:1533): rlimit: Can't setup RLIMIT_NOFILE for self: Operation not permitted\n"
            "(00.057659) Error (criu/cr-dump.c:371): Can't get rlimit 0: Operation not permitted\n");
        QCOMPARE(CheckpointRisks::significantError(details, QStringLiteral("criu failed")), QStringLiteral("Can't get rlimit 0: Operation not permitted"));
    }

    void warnsFromMeasurementsOnlyWhereTheyFailed()
    {
        const auto plain = startCounter(QStringLiteral("plain"), {}, {});
        QVERIFY2(plain, why(plain).constData());
        const auto tty = startCounter(QStringLiteral("tty"), {{QLatin1String("Tty"), true}, {QLatin1String("OpenStdin"), true}}, {});
        QVERIFY2(tty, why(tty).constData());
        const auto init = startCounter(QStringLiteral("init"), {}, {{QLatin1String("Init"), true}});
        QVERIFY2(init, why(init).constData());

        MainWindow window(m_client->endpoint());
        window.show();
        for (const QString &quiet : {*plain, *tty}) {
            CheckpointDialog *dialog = openDialog(window, quiet);
            QVERIFY2(dialog, qPrintable(quiet));
            QVERIFY2(dialog->risksText().isEmpty(), qPrintable(dialog->risksText()));
            closeDialog(dialog);
        }

        CheckpointDialog *dialog = openDialog(window, *init);
        QVERIFY(dialog);
        const QString warning = dialog->risksText();
        QVERIFY2(warning.contains(QLatin1String("--init")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("restoring it fail")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("Leave the container running")), qPrintable(warning));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("risks"))->isVisible());
        // Still allowed to try.
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        closeDialog(dialog);
    }

    void remembersAFailedCheckpointForTheEngine()
    {
        const auto user = startCounter(QStringLiteral("user"), {{QLatin1String("User"), QStringLiteral("1000")}}, {});
        QVERIFY2(user, why(user).constData());
        QVERIFY(!CheckpointEvidence::failure(m_engineVersion, QStringLiteral("user"), CheckpointEvidence::checkpointStage));

        MainWindow window(m_client->endpoint());
        window.show();
        CheckpointDialog *dialog = openDialog(window, *user);
        QVERIFY(dialog);
        QVERIFY2(dialog->risksText().contains(QLatin1String("the checkpoint fail")), qPrintable(dialog->risksText()));
        QVERIFY2(!dialog->risksText().contains(QLatin1String("on this engine (Docker")), qPrintable(dialog->risksText()));

        // Try anyway: CRIU fails, and the failure is noted for this engine.
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("risky-cp"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        JobQueue *jobs = window.jobQueue();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->ids().size(), 1, 5000);
        const JobQueue::Id id = jobs->ids().first();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->record(id)->isFinished(), 60000);
        QCOMPARE(jobs->record(id)->state, JobQueue::State::Failed);
        QVERIFY2(jobs->record(id)->errorDetails.contains(QLatin1String("Can't get rlimit")), qPrintable(jobs->record(id)->errorDetails));

        const auto failure = CheckpointEvidence::failure(m_engineVersion, QStringLiteral("user"), CheckpointEvidence::checkpointStage);
        QVERIFY(failure);
        QCOMPARE(failure->count, 1);
        QCOMPARE(failure->error, QStringLiteral("Can't get rlimit 0: Operation not permitted"));

        // The next dialog words its warning from that evidence.
        QTRY_COMPARE_WITH_TIMEOUT(await(m_client->inspectContainer(*user))->running, true, 5000);
        dialog = openDialog(window, *user, false);
        QVERIFY(dialog);
        const QString warning = dialog->risksText();
        QVERIFY2(warning.contains(QStringLiteral("failed on this engine (Docker %1) 1 time").arg(m_engineVersion)), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("Can't get rlimit 0")), qPrintable(warning));
        closeDialog(dialog);
    }

    void warnsAboutAWorkingOptionOnceItFailedHere()
    {
        // A TTY worked where measured; once it fails on an engine, that engine warns.
        const auto tty = startCounter(QStringLiteral("tty2"), {{QLatin1String("Tty"), true}}, {});
        QVERIFY2(tty, why(tty).constData());
        CheckpointEvidence::recordFailure(m_engineVersion,
                                          {QStringLiteral("tty")},
                                          CheckpointEvidence::checkpointStage,
                                          QStringLiteral("Don't have tty to inherit session from"));
        CheckpointEvidence::recordFailure(QStringLiteral("0.0.1-elsewhere"),
                                          {QStringLiteral("privileged")},
                                          CheckpointEvidence::checkpointStage,
                                          QStringLiteral("x"));

        MainWindow window(m_client->endpoint());
        window.show();
        CheckpointDialog *dialog = openDialog(window, *tty);
        QVERIFY(dialog);
        const QString warning = dialog->risksText();
        QVERIFY2(warning.contains(QLatin1String("has a terminal")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("Don't have tty to inherit session from")), qPrintable(warning));
        QVERIFY2(!warning.contains(QLatin1String("privileged")), qPrintable(warning));
        closeDialog(dialog);
    }
};

QTEST_MAIN(CheckpointRisksTest)
#include "checkpointriskstest.moc"
