// placeholder until the real test lands
#include <QtTest>
class TestMainWindow : public QObject { Q_OBJECT private slots: void pending() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
