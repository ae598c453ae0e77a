// capataz: the desktop console. Argument parsing and start-up only; everything else is ui/.
#include "Application.h"

int main(int argc, char* argv[])
{
    return capataz::ui::runApplication(argc, argv);
}
