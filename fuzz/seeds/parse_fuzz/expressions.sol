contract C { function f() public { x = a + b * c ** d ? e : f; (bool ok, ) = a.call{value: 1}(""); } }
