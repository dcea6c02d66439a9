pragma solidity ^0.8.20;
pragma abicoder v2;
pragma experimental ABIEncoderV2;

contract C {}
