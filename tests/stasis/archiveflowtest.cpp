// SPDX-License-Identifier: GPL-2.0-or-later
// Export and import through the real window: Export writes a private
// archive of the selected checkpoint; the import dialog checks an archive
// before anything is written (a hostile one is refused with the offending
// entry named, and cannot be imported); dropping the archive onto the
// container opens the dialog for that container; importing it brings the
// checkpoint back onto the timeline, and restoring it continues the counter.
#include "archiveactions.h"
#include "archiveinspector.h"
#include "checkpointmodel.h"
#include "enginetestsupport.h"
#include "importdialog.h"
#include "jobqueue.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <KCompressionDevice>

using namespace Stasis;
using namespace Stasis::Test;

class ArchiveFlowTest : public QObject
{
    Q_OBJECT

private:
    /// Waits until the queue's last job ended; true when it succeeded.
    static bool lastJobDone(const MainWindow &window)
    {
        const JobQueue *jobs = window.jobQueue();
        const JobQueue::Id id = jobs->ids().last();
        if (!QTest::qWaitFor(
                [jobs, id] {
                    return jobs->record(id)->isFinished();
                },
                60000)) {
            return false;
        }
        const JobQueue::Record *record = jobs->record(id);
        if (record->state != JobQueue::State::Done) {
            qWarning() << record->description << record->errorText;
        }
        return record->state == JobQueue::State::Done;
    }

    /// A tar.zst whose only entry escapes the checkpoint folder.
    static QString hostileArchive(const QTemporaryDir &folder)
    {
        const QString path = folder.filePath(QStringLiteral("hostile.tar.zst"));
        KCompressionDevice device(path, KCompressionDevice::Zstd);
        if (!device.open(QIODevice::WriteOnly)) {
            return {};
        }
        QByteArray header(512, '\0');
        const QByteArray name = "../escape";
        std::copy(name.begin(), name.end(), header.begin());
        std::memcpy(header.data() + 100, "0000600", 7);
        std::memcpy(header.data() + 108, "0000000", 7);
        std::memcpy(header.data() + 116, "0000000", 7);
        std::memcpy(header.data() + 124, "00000000000", 11);
        std::memcpy(header.data() + 136, "00000000000", 11);
        header[156] = '0';
        std::memcpy(header.data() + 257,
                    "ustar\0"
                    "00",
                    8);
        std::memset(header.data() + 148, ' ', 8);
        unsigned sum = 0;
        for (const char c : std::as_const(header)) {
            sum += static_cast<unsigned char>(c);
        }
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(header.data() + 148, checksum.constData(), 6);
        header[154] = '\0';
        device.write(header);
        device.write(QByteArray(1024, '\0'));
        device.close();
        return path;
    }

    EngineClient *m_client = nullptr;
    QString m_name = QStringLiteral("stasis-archiveflow-%1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_name, true));
        }
    }

    void exportThenImportThroughTheWindow()
    {
        await(m_client->removeContainer(m_name, true));
        QVERIFY(startCounter(*m_client, m_name));
        QVERIFY(waitForCounterValues(*m_client, m_name, 3));
        CheckpointOptions options;
        options.name = QStringLiteral("carried");
        const auto taken = Test::checkpoint(*m_client, m_name, options);
        QVERIFY2(taken, why(taken).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_name))->running, 10000);
        const QList<int> frozen = counterValues(*await(m_client->logs(m_name)));
        QVERIFY(!frozen.isEmpty());

        MainWindow window(m_client->endpoint());
        window.show();
        QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
        window.selectContainer(m_name);
        QVERIFY(selectionLoaded.wait(15000));
        ArchiveActions *archives = window.archiveActions();
        QTRY_VERIFY_WITH_TIMEOUT(archives->importAction()->isEnabled(), 5000);
        QVERIFY(!archives->exportAction()->isEnabled()); // no checkpoint chosen yet
        auto *checkpoints = window.findChild<CheckpointModel *>();
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->rowCount(), 1, 10000);
        window.selectCheckpoint(QStringLiteral("carried"));
        QTRY_VERIFY(archives->exportAction()->isEnabled());

        // Export: a private file, complete.
        QTemporaryDir folder;
        const QString archive = folder.filePath(QStringLiteral("carried.tar.zst"));
        QVERIFY(archives->exportSelected(archive) != 0);
        QVERIFY(lastJobDone(window));
        QVERIFY(QFile::exists(archive));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(archive) & others, QFile::Permissions());

        // A hostile archive: refused, the entry named, Import stays disabled.
        const QString hostile = hostileArchive(folder);
        QVERIFY(!hostile.isEmpty());
        archives->openImportDialog(hostile, window.selectedContainerId());
        auto *refusing = window.findChild<ImportDialog *>();
        QVERIFY(refusing);
        QSignalSpy refusedCheck(refusing, &ImportDialog::checked);
        QVERIFY(refusedCheck.wait(10000));
        QCOMPARE(refusedCheck.first().first().toBool(), false);
        QVERIFY2(refusing->inspector()->verdictText().contains(QLatin1String("../escape")), qPrintable(refusing->inspector()->verdictText()));
        QVERIFY(!refusing->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        refusing->reject();
        QTRY_VERIFY(!window.findChild<ImportDialog *>());

        // Remove the checkpoint through the engine, then drop the archive onto the container.
        QVERIFY(await(m_client->removeCheckpoint(m_name, QStringLiteral("carried"))));
        auto *containers = window.findChild<QTableView *>(QStringLiteral("containers"));
        QVERIFY(containers);
        const QModelIndex row = containers->selectionModel()->currentIndex();
        QVERIFY(row.isValid());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(archive)});
        const QPointF point = containers->visualRect(row).center();
        QDragEnterEvent enter(point.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(containers->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(containers->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->target(), window.selectedContainerId());
        QSignalSpy checked(dialog, &ImportDialog::checked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY2(dialog->inspector()->verdictText().contains(QLatin1String("Valid")), qPrintable(dialog->inspector()->verdictText()));
        QCOMPARE(dialog->checkpointName(), QStringLiteral("carried"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("checkpointName"));
        name->setText(QStringLiteral("x")); // too short for the engine
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        name->setText(QStringLiteral("carried-back"));
        QPushButton *import = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(lastJobDone(window));

        // On the timeline again, and it restores: the counter goes on from its value.
        QTRY_VERIFY_WITH_TIMEOUT(checkpoints->rowOf(QStringLiteral("carried-back")) >= 0, 10000);
        window.selectCheckpoint(QStringLiteral("carried-back"));
        QTRY_VERIFY(window.restoreAction()->isEnabled());
        window.restoreAction()->trigger();
        QVERIFY(lastJobDone(window));
        QTRY_VERIFY_WITH_TIMEOUT(counterValues(*await(m_client->logs(m_name))).size() > frozen.size() + 1, 15000);
        const QList<int> after = counterValues(*await(m_client->logs(m_name)));
        QCOMPARE(after.at(frozen.size()), frozen.last() + 1);
    }
};

QTEST_MAIN(ArchiveFlowTest)

#include "archiveflowtest.moc"
