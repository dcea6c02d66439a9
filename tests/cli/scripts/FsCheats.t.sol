// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// forge's file cheatcodes, confined to the project root (the directory mallory runs in: the
/// source root for these golden tests).
contract FsCheatsTest is Test {
    string constant LINES = "tests/cli/scripts/fs/lines.txt";
    string constant SCRATCH = "tests/cli/scripts/fs/scratch.txt";

    function test_projectRoot() public {
        assertTrue(vm.isDir(vm.projectRoot()));
        assertTrue(vm.isFile("tests/cli/scripts/FsCheats.t.sol"));
    }

    function test_existsIsFileIsDir() public {
        assertTrue(vm.exists(LINES));
        assertTrue(vm.isFile(LINES));
        assertFalse(vm.isDir(LINES));
        assertTrue(vm.isDir("tests/cli/scripts/fs"));
        assertFalse(vm.exists("tests/cli/scripts/fs/none.txt"));
    }

    function test_readLineByLine() public {
        assertEq(vm.readLine(LINES), "first line");
        assertEq(vm.readLine(LINES), "second line");
        assertEq(vm.readLine(LINES), "");
        assertEq(vm.readLine(LINES), "last line");
        assertEq(vm.readLine(LINES), ""); // at the end
        assertEq(bytes(vm.readFile(LINES)).length, 34);
        assertEq(vm.readFileBinary(LINES).length, 34);
    }

    function test_writeReadRemove() public {
        vm.writeFile(SCRATCH, "hello");
        vm.writeLine(SCRATCH, " world");
        assertEq(vm.readFile(SCRATCH), "hello world\n");
        vm.removeFile(SCRATCH);
        assertFalse(vm.exists(SCRATCH));
    }

    function test_readOutsideTheRoot() public {
        vm.readFile("../outside.txt");
    }

    function test_writeOutsideTheRoot() public {
        vm.writeFile("/mallory_not_allowed.txt", "x");
    }

    function test_readMissingFile() public {
        vm.readFile("tests/cli/scripts/fs/none.txt");
    }
}
