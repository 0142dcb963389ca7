// SPDX-License-Identifier: GPL-2.0-or-later
// Text from archives and engines is never rendered as rich text.
#include "plaintext.h"
#include "archiveinspector.h"

#include "archivemanifest.h"

#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Stasis;

namespace
{
const QString richName = QStringLiteral("<font color=green>✔ Valid</font>");
}

class PlainTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectorShowsManifestStringsAsTyped()
    {
        ArchiveInspector inspector;
        ArchiveManifest manifest;
        manifest.producer = richName;
        manifest.container.name = richName;
        inspector.showRefused(QStringLiteral("The archive entry \"%1\" is not listed in the manifest.").arg(richName), &manifest);
        const QList<QLabel *> labels = inspector.findChildren<QLabel *>();
        int quoting = 0;
        for (const QLabel *label : labels) {
            if (label->text().contains(richName)) {
                ++quoting;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY2(quoting >= 3, "the verdict, the container and the producer quote the name");
    }

    void messageBoxesShowTheirTextAsTyped()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Remove"), richName, QMessageBox::Cancel);
        QCOMPARE(PlainText::box(&box)->textFormat(), Qt::PlainText);
    }

    void itemToolTipsAreEscaped()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("row"));
        model.setData(model.index(0, 0), richName, Qt::ToolTipRole);
        QTableView view;
        view.setModel(&model);
        PlainText::showToolTipsPlain(&view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint inside = view.visualRect(model.index(0, 0)).center();
        QHelpEvent help(QEvent::ToolTip, inside, view.viewport()->mapToGlobal(inside));
        QCoreApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("&lt;font color=green&gt;")), qPrintable(QToolTip::text()));
    }
};

QTEST_MAIN(PlainTextTest)
#include "plaintexttest.moc"
